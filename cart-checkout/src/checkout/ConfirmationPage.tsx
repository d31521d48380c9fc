/**
 * /checkout/confirmation/:orderId — after processOrder returned the order (handed over in the navigation state),
 * or read back with getOrder after a reload. The order number, items, total and address, and the order's page in
 * the account app.
 */
import { useEffect, useState } from 'react';
import { Link, useLocation, useParams } from '@folio/config/web/router';
import { formatPrice } from '@folio/config/web/format';
import { orderNumber } from '@folio/config/web/order-number';
import { getOrder } from '../api/orders';
import type { OrderDetail } from '@folio/contract/documents/orders';
import { AuthGate } from './AuthGate';
import { CheckoutSkeleton } from './CheckoutPage';
import { countryName } from './countries';
import styles from './ConfirmationPage.module.css';

type OrderState =
  { status: 'loading' } | { status: 'ready'; order: OrderDetail } | { status: 'missing' } | { status: 'error' };

export const orderPagePath = (id: string): string => `/account/orders/${encodeURIComponent(id)}`;

export function ConfirmationPage() {
  const { orderId = '' } = useParams();
  const location = useLocation();
  const handedOver = (location.state as { order?: OrderDetail } | null)?.order;
  return (
    <div className={styles.page}>
      <AuthGate fallback={<CheckoutSkeleton />}>
        <OrderConfirmation id={orderId} handedOver={handedOver?.id === orderId ? handedOver : undefined} />
      </AuthGate>
    </div>
  );
}

function useOrder(id: string, handedOver: OrderDetail | undefined): OrderState & { retry(): void } {
  const [state, setState] = useState<OrderState>(
    handedOver ? { status: 'ready', order: handedOver } : { status: 'loading' },
  );
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (handedOver) return;
    let current = true;
    setState({ status: 'loading' });
    getOrder(id).then(
      (order) => current && setState(order ? { status: 'ready', order } : { status: 'missing' }),
      () => current && setState({ status: 'error' }),
    );
    return () => {
      current = false;
    };
  }, [id, handedOver, attempt]);
  return { ...state, retry: () => setAttempt((n) => n + 1) };
}

function OrderConfirmation({ id, handedOver }: { id: string; handedOver?: OrderDetail }) {
  const order = useOrder(id, handedOver);
  if (order.status === 'loading') return <CheckoutSkeleton />;
  if (order.status !== 'ready') {
    return (
      <div className={styles.card}>
        <title>Your order · Folio</title>
        <h1 className={styles.title}>
          {order.status === 'missing' ? 'We could not find this order' : 'Your order could not be loaded'}
        </h1>
        <p>
          {order.status === 'missing' ? 'It may belong to another account. ' : 'Please try again in a moment. '}
          Your orders are listed in <Link to="/account/orders">your account</Link>.
        </p>
        {order.status === 'error' && (
          <button type="button" className={styles.secondary} onClick={order.retry}>
            Try again
          </button>
        )}
      </div>
    );
  }
  const { items, totalCents, currency, shippingAddress: a, createdAt } = order.order;
  const count = items.reduce((n, i) => n + i.quantity, 0);
  return (
    <div className={styles.card}>
      <title>Order confirmed · Folio</title>
      <div className={styles.hero}>
        <svg className={styles.check} viewBox="0 0 48 48" aria-hidden="true" focusable="false">
          <circle cx="24" cy="24" r="22" fill="currentColor" />
          <path
            d="M14 25l7 7 13-15"
            fill="none"
            stroke="#fff"
            strokeWidth="4"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        <div>
          <h1 className={styles.title}>Thank you! Your order is confirmed.</h1>
          <p className={styles.lead}>
            We have your payment and will send your {count === 1 ? 'book' : `${count} books`} to {a.name}.
          </p>
        </div>
      </div>
      <dl className={styles.facts}>
        <div>
          <dt>Order number</dt>
          <dd className={styles.orderNumber}>{orderNumber(order.order.id)}</dd>
        </div>
        <div>
          <dt>Placed</dt>
          <dd>{new Date(createdAt).toLocaleString('en-US', { dateStyle: 'medium', timeStyle: 'short' })}</dd>
        </div>
        <div>
          <dt>Ship to</dt>
          <dd>
            <address className={styles.address}>
              {[a.name, a.line1, a.line2, `${a.city} ${a.postalCode}`, countryName(a.country)]
                .filter(Boolean)
                .join('\n')}
            </address>
          </dd>
        </div>
      </dl>
      <h2 className={styles.subheading}>Items</h2>
      <ul className={styles.items} aria-label="Items in this order">
        {items.map((item) => (
          <li key={item.bookId} className={styles.item}>
            <span>
              <Link to={`/books/${encodeURIComponent(item.bookId)}`}>{item.title}</Link>
              <span className={styles.muted}>
                {' '}
                · {item.quantity} × {formatPrice(item.unitPriceCents, currency)}
              </span>
            </span>
            <span className={styles.amount}>{formatPrice(item.unitPriceCents * item.quantity, currency)}</span>
          </li>
        ))}
      </ul>
      <p className={styles.total}>
        <span>Total paid</span>
        <strong>{formatPrice(totalCents, currency)}</strong>
      </p>
      <div className={styles.actions}>
        <Link to={orderPagePath(order.order.id)} className={styles.primary}>
          View your order
        </Link>
        <Link to="/books" className={styles.secondary}>
          Continue shopping
        </Link>
      </div>
    </div>
  );
}
