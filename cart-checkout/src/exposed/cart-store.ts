/**
 * Exposed as `cart-checkout/cart-store`: the cart for other apps (e.g. a count after an order). They subscribe
 * and call its actions; they never write its state directly. There is one store per page (store.ts).
 */
export {
  useCartStore,
  selectItemCount,
  selectQuantityOf,
  MAX_QUANTITY_PER_LINE,
  type CartBook,
  type CartLine,
  type CartState,
} from '../cart/store';
