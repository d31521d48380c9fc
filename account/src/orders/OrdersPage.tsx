/** /account/orders: the customer's orders, newest first, a page at a time ("Load more"). */
import { useEffect, useRef } from 'react';
import { Link } from '@folio/config/web/router';
import { EmptyState, ErrorState, Loading } from '@folio/config/web/Status';
import page from '../ui/page.module.css';
import { fetchMyOrders } from './orders-api';
import { formatPrice, itemCountText, orderDate, orderNumber } from './format';
import { OrderStatusBadge } from '@folio/config/web/OrderStatusBadge';
import { usePagedQuery, type PagedQuery } from '@folio/config/web/use-paged-query';
import type { OrderSummary } from '@folio/contract/documents/orders';
import styles from './OrdersPage.module.css';

export function OrdersPage() {
  const orders = usePagedQuery(fetchMyOrders, 'my-orders');
  return (
    <>
      <title>Your orders · Folio</title>
      <h1 className={page.title}>Your orders</h1>
      {orders.status === 'loading' && <Loading label="Loading your orders" />}
      {orders.status === 'error' && <ErrorState what="your orders" onRetry={orders.reload} />}
      {orders.status === 'ready' && orders.items.length === 0 && (
        <EmptyState title="No orders yet">
          <p>
            Books you buy will be listed here. <Link to="/">Browse the store</Link>
          </p>
        </EmptyState>
      )}
      {orders.status === 'ready' && orders.items.length > 0 && <OrderList orders={orders} />}
    </>
  );
}

function OrderList({ orders }: { orders: PagedQuery<OrderSummary> }) {
  const list = useRef<HTMLOListElement>(null);
  const shownBefore = useRef(orders.items.length);
  // After "Load more", focus moves to the first new order (the button may be gone): keyboard users continue there.
  useEffect(() => {
    const before = shownBefore.current;
    shownBefore.current = orders.items.length;
    if (orders.items.length > before && before > 0) list.current?.querySelectorAll('a')[before]?.focus();
  }, [orders.items.length]);

  return (
    <>
      <ol className={styles.list} aria-label="Your orders" ref={list}>
        {orders.items.map((order) => (
          <OrderCard key={order.id} order={order} />
        ))}
      </ol>
      <div className={styles.more}>
        {orders.moreError && (
          <p role="alert" className={styles.moreError}>
            We couldn’t load more orders. Try again.
          </p>
        )}
        {orders.hasMore ? (
          <button
            type="button"
            className={styles.moreButton}
            onClick={orders.loadMore}
            disabled={orders.loadingMore}
            aria-busy={orders.loadingMore}
          >
            {orders.loadingMore ? 'Loading…' : 'Load more'}
          </button>
        ) : (
          <p className={styles.end}>
            {orders.items.length === 1 ? 'That’s your only order.' : `That’s all ${orders.items.length} orders.`}
          </p>
        )}
      </div>
    </>
  );
}

function OrderCard({ order }: { order: OrderSummary }) {
  return (
    <li className={styles.card}>
      <div className={styles.head}>
        <h2 className={styles.number}>
          <Link to={`/account/orders/${encodeURIComponent(order.id)}`} className={styles.link}>
            Order {orderNumber(order.id)}
          </Link>
        </h2>
        <OrderStatusBadge status={order.status} />
      </div>
      <dl className={styles.facts}>
        <div>
          <dt>Placed</dt>
          <dd>
            <time dateTime={order.createdAt}>{orderDate(order.createdAt)}</time>
          </dd>
        </div>
        <div>
          <dt>Items</dt>
          <dd>{itemCountText(order.items)}</dd>
        </div>
        <div>
          <dt>Total</dt>
          <dd className={styles.total}>{formatPrice(order.totalCents, order.currency)}</dd>
        </div>
      </dl>
    </li>
  );
}
