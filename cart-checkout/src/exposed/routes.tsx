/** Exposed as `cart-checkout/routes`: /cart and /checkout/*. */
export { default, type CartCheckoutRoutesProps } from '../routes';
