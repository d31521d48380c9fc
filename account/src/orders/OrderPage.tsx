/**
 * /account/orders/:id: one order, with its status, items, total, shipping address, payment (and what was refunded),
 * shipment and timeline; "Cancel order" while it is PAID.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Link, useParams } from '@folio/config/web/router';
import { ErrorState, Loading } from '@folio/config/web/Status';
import { OrderStatusBadge } from '@folio/config/web/OrderStatusBadge';
import { OrderTimeline } from '@folio/config/web/OrderTimeline';
import { OrderLines } from '@folio/config/web/OrderLines';
import { OrderShipment } from '@folio/config/web/OrderShipment';
import page from '../ui/page.module.css';
import { fetchOrder } from './orders-api';
import { countryName, formatPrice, itemCountText, orderDateTime, orderNumber } from './format';
import { useQuery } from '@folio/config/web/use-query';
import type { OrderAddress, OrderDetail } from '@folio/contract/documents/orders';
import { CancelOrder } from './CancelOrder';
import styles from './OrderPage.module.css';

/** What the page says after the customer acted, above the order: it takes the focus (the button is gone). */
interface Notice {
  text: string;
  /** The order on the page is the one the API answered the action with (null: it is being read again). */
  order: OrderDetail | null;
}

const backToOrders = (
  <p className={styles.back}>
    <Link to="/account/orders">← All orders</Link>
  </p>
);

export function OrderPage() {
  const { id = '' } = useParams();
  const order = useQuery(() => fetchOrder(id), id);
  const [notice, setNotice] = useState<Notice | null>(null);
  const noticeRef = useRef<HTMLParagraphElement>(null);
  // Once the order is on the page again (a Conflict reads it afresh), the message takes the focus.
  useEffect(() => {
    if (notice && order.status === 'ready') noticeRef.current?.focus();
  }, [notice, order.status]);
  // A notice belongs to the order it was about.
  useEffect(() => setNotice(null), [id]);

  const noticeView = (
    <p ref={noticeRef} role="status" tabIndex={-1} className={notice ? styles.notice : styles.noticeEmpty}>
      {notice?.text}
    </p>
  );

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
  return (
    <OrderDetails
      order={notice?.order ?? order.data}
      notice={noticeView}
      onCancelled={(cancelled) =>
        setNotice({ text: 'Your order is cancelled. The money goes back to your card.', order: cancelled })
      }
      onConflict={() => {
        setNotice({
          text: 'This order changed meanwhile, so it was not cancelled; it has been reloaded.',
          order: null,
        });
        order.reload();
      }}
    />
  );
}

interface OrderDetailsProps {
  order: OrderDetail;
  notice: ReactNode;
  onCancelled(order: OrderDetail): void;
  onConflict(): void;
}

function OrderDetails({ order, notice, onCancelled, onConflict }: OrderDetailsProps) {
  const currency = order.currency;
  return (
    <>
      <title>{`Order ${orderNumber(order.id)} · Folio`}</title>
      {backToOrders}
      <h1 className={page.title}>Order {orderNumber(order.id)}</h1>
      <div className={styles.summary}>
        <span>
          Placed <time dateTime={order.createdAt}>{orderDateTime(order.createdAt)}</time>
        </span>
        <OrderStatusBadge status={order.status} />
        {order.status === 'PAID' && <CancelOrder order={order} onCancelled={onCancelled} onConflict={onConflict} />}
      </div>
      {notice}

      <section aria-labelledby="order-items" className={styles.section}>
        <h2 id="order-items" className={styles.heading}>
          Items <span className={styles.count}>({itemCountText(order.items)})</span>
        </h2>
        <OrderLines items={order.items} currency={currency} totalCents={order.totalCents} linkBooks />
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
            {order.refundedCents > 0 && (
              <>
                <dt>Refunded</dt>
                <dd>
                  {formatPrice(order.refundedCents, currency)} of {formatPrice(order.totalCents, currency)}
                </dd>
              </>
            )}
          </dl>
        </section>
      </div>

      <div className={styles.columns}>
        <section aria-labelledby="order-shipment" className={styles.section}>
          <h2 id="order-shipment" className={styles.heading}>
            Shipment
          </h2>
          <OrderShipment
            shipment={order.shipment}
            none={
              order.status === 'CANCELLED'
                ? 'Cancelled before it was sent.'
                : 'Not sent yet. We’ll email you when it is.'
            }
          />
        </section>
        <section aria-labelledby="order-history" className={styles.section}>
          <h2 id="order-history" className={styles.heading}>
            Timeline
          </h2>
          <OrderTimeline events={order.history} currency={currency} />
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
