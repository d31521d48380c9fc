/** /account/orders/:id: one order, with its items, total, shipping address and payment reference. */
import { Link, useParams } from '@folio/config/web/router';
import { ErrorState, Loading } from '@folio/config/web/Status';
import page from '../ui/page.module.css';
import { fetchOrder } from './orders-api';
import { countryName, formatPrice, itemCountText, orderDateTime, orderNumber, statusLabel } from './format';
import { useQuery } from '@folio/config/web/use-query';
import type { OrderAddress, OrderDetail } from '@folio/contract/documents/orders';
import styles from './OrderPage.module.css';

const backToOrders = (
  <p className={styles.back}>
    <Link to="/account/orders">← All orders</Link>
  </p>
);

export function OrderPage() {
  const { id = '' } = useParams();
  const order = useQuery(() => fetchOrder(id), id);

  if (order.status === 'loading') {
    return (
      <>
        {backToOrders}
        <h1 className={page.title}>Order</h1>
        <Loading label="Loading the order" lines={2} />
      </>
    );
  }
  if (order.status === 'error') {
    return (
      <>
        {backToOrders}
        <h1 className={page.title}>Order</h1>
        <ErrorState what="this order" onRetry={order.reload} />
      </>
    );
  }
  if (!order.data) {
    return (
      <>
        <title>Order not found · Folio</title>
        {backToOrders}
        <h1 className={page.title}>Order not found</h1>
        <p>
          There is no order with this number in your account. Check the link, or find the order in{' '}
          <Link to="/account/orders">your orders</Link>.
        </p>
      </>
    );
  }
  return <OrderDetails order={order.data} />;
}

function OrderDetails({ order }: { order: OrderDetail }) {
  const currency = order.currency;
  return (
    <>
      <title>{`Order ${orderNumber(order.id)} · Folio`}</title>
      {backToOrders}
      <h1 className={page.title}>Order {orderNumber(order.id)}</h1>
      <p className={styles.summary}>
        <span>
          Placed <time dateTime={order.createdAt}>{orderDateTime(order.createdAt)}</time>
        </span>
        <span className={styles.status}>{statusLabel(order.status)}</span>
      </p>

      <section aria-labelledby="order-items" className={styles.section}>
        <h2 id="order-items" className={styles.heading}>
          Items <span className={styles.count}>({itemCountText(order.items)})</span>
        </h2>
        <table className={styles.items}>
          <thead>
            <tr>
              <th scope="col">Book</th>
              <th scope="col" className={styles.number}>
                Unit price
              </th>
              <th scope="col" className={styles.number}>
                Quantity
              </th>
              <th scope="col" className={styles.number}>
                Subtotal
              </th>
            </tr>
          </thead>
          <tbody>
            {order.items.map((item) => (
              <tr key={item.bookId}>
                <th scope="row" className={styles.title}>
                  <Link to={`/books/${encodeURIComponent(item.bookId)}`}>{item.title}</Link>
                </th>
                <td className={styles.number}>{formatPrice(item.unitPriceCents, currency)}</td>
                <td className={styles.number}>{item.quantity}</td>
                <td className={styles.number}>{formatPrice(item.unitPriceCents * item.quantity, currency)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={3}>
                Total
              </th>
              <td className={`${styles.number} ${styles.total}`}>{formatPrice(order.totalCents, currency)}</td>
            </tr>
          </tfoot>
        </table>
      </section>

      <div className={styles.columns}>
        <section aria-labelledby="order-shipping" className={styles.section}>
          <h2 id="order-shipping" className={styles.heading}>
            Shipping address
          </h2>
          <ShippingAddress address={order.shippingAddress} />
        </section>
        <section aria-labelledby="order-payment" className={styles.section}>
          <h2 id="order-payment" className={styles.heading}>
            Payment
          </h2>
          <dl className={styles.payment}>
            <dt>Payment reference</dt>
            <dd>
              <code>{order.paymentIntentId}</code>
            </dd>
            <dt>Order ID</dt>
            <dd>
              <code>{order.id}</code>
            </dd>
          </dl>
        </section>
      </div>
    </>
  );
}

function ShippingAddress({ address }: { address: OrderAddress }) {
  return (
    <address className={styles.address}>
      {address.name}
      <br />
      {address.line1}
      {address.line2 && (
        <>
          <br />
          {address.line2}
        </>
      )}
      <br />
      {address.postalCode} {address.city}
      <br />
      {countryName(address.country)}
    </address>
  );
}
