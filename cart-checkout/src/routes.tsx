/**
 * cart-checkout's pages, for the URLs it owns (/cart, /checkout/*); the shell passes its 404 page. Checkout (its
 * form, Stripe) loads only when a customer goes there: the cart page and the header never carry it.
 */
import { lazy, Suspense, type ReactNode } from 'react';
import { Route, Routes } from '@folio/config/web/router';
import { CartPage } from './cart/CartPage';

const CheckoutPage = lazy(() => import('./checkout/CheckoutPage').then((m) => ({ default: m.CheckoutPage })));
const ConfirmationPage = lazy(() =>
  import('./checkout/ConfirmationPage').then((m) => ({ default: m.ConfirmationPage })),
);

export interface CartCheckoutRoutesProps {
  notFound?: ReactNode;
}

export default function CartCheckoutRoutes({ notFound = <p>Page not found.</p> }: CartCheckoutRoutesProps) {
  return (
    <Routes>
      <Route path="cart" element={<CartPage />} />
      <Route path="checkout" element={<Lazy page={<CheckoutPage />} />} />
      <Route path="checkout/confirmation/:orderId" element={<Lazy page={<ConfirmationPage />} />} />
      <Route path="*" element={notFound} />
    </Routes>
  );
}

/** While a page's code loads, the space it will fill (no jump of the footer). */
function Lazy({ page }: { page: ReactNode }) {
  return <Suspense fallback={<div style={{ minHeight: '70vh' }} aria-busy="true" />}>{page}</Suspense>;
}
