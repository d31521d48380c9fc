/** Exposed as `cart-checkout/MiniCart`: the header's cart link, rendered by the shell. */
export { default } from '../cart/MiniCart';
