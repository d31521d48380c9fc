import { useId } from 'react';
import { Link } from '@folio/config/web/router';
import { formatPrice } from '@folio/config/web/format';
import { orderDate } from '@folio/config/web/order-dates';
import { orderNumber } from '@folio/config/web/order-number';
import { OrderStatusBadge } from '@folio/config/web/OrderStatusBadge';
import type { DeskOrderRow } from './order-desk-api';
// The book table's look, so the admin's two lists read alike.
import styles from '../list/BookTable.module.css';

const itemCount = (order: DeskOrderRow): number => order.items.reduce((sum, item) => sum + item.quantity, 0);

/** The desk's orders, one row each, newest first; the order number opens the order. */
export function OrderTable({ orders, caption }: { orders: readonly DeskOrderRow[]; caption: string }) {
  const captionId = useId();
  return (
    /* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex --
       focusable, so keyboard users can scroll it sideways on a narrow screen */
    <div className={styles.scroller} role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className={styles.table}>
        <caption id={captionId} className={styles.caption}>
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">Order</th>
            <th scope="col">Placed</th>
            <th scope="col">Customer</th>
            <th scope="col" className={styles.number}>
              Items
            </th>
            <th scope="col" className={styles.number}>
              Total
            </th>
            <th scope="col" className={styles.number}>
              Refunded
            </th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {orders.map((order) => (
            <tr key={order.id}>
              <th scope="row" className={styles.title}>
                <Link to={`/admin/orders/${encodeURIComponent(order.id)}`}>Order {orderNumber(order.id)}</Link>
              </th>
              <td>
                <time dateTime={order.createdAt}>{orderDate(order.createdAt)}</time>
              </td>
              <td>{order.customerEmail ?? <span className={styles.muted}>unknown</span>}</td>
              <td className={styles.number}>{itemCount(order)}</td>
              <td className={styles.number}>{formatPrice(order.totalCents, order.currency)}</td>
              <td className={styles.number}>
                {order.refundedCents > 0 ? (
                  formatPrice(order.refundedCents, order.currency)
                ) : (
                  <span className={styles.muted}>—</span>
                )}
              </td>
              <td>
                <OrderStatusBadge status={order.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
