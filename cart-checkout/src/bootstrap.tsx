import { startStandalone } from '@folio/config/web/standalone';
import CartCheckoutRoutes from './routes';
import MiniCart from './cart/MiniCart';
import AddToCartButton from './cart/AddToCartButton';

/** A seed book as the catalog would hand it over, so the button can be tried without the catalog. */
const SAMPLE = {
  id: 'pride-and-prejudice',
  title: 'Pride and Prejudice',
  author: 'Jane Austen',
  priceCents: 999,
  currency: 'USD',
  stock: 58,
  coverKey: 'covers/pride-and-prejudice.png',
};

void startStandalone({
  app: 'cart-checkout',
  links: [
    { to: '/cart', label: 'Cart' },
    { to: '/checkout', label: 'Checkout' },
  ],
  render: () => (
    <>
      <div style={{ display: 'flex', gap: '1rem', padding: '1rem', alignItems: 'center' }}>
        <MiniCart />
        <div style={{ width: '20rem' }}>
          <AddToCartButton book={SAMPLE} />
        </div>
      </div>
      <CartCheckoutRoutes />
    </>
  ),
});
