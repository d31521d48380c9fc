/** Exposed as `cart-checkout/AddToCartButton`: rendered by the catalog's book page. */
export { default, type AddToCartButtonProps } from '../cart/AddToCartButton';
