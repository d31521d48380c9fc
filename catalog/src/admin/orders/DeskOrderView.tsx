import type { ReactNode } from 'react';
import { formatPrice } from '@folio/config/web/format';
import { orderDateTime } from '@folio/config/web/order-dates';
import { orderNumber } from '@folio/config/web/order-number';
import { OrderStatusBadge } from '@folio/config/web/OrderStatusBadge';
import { OrderTimeline } from '@folio/config/web/OrderTimeline';
import { OrderLines } from '@folio/config/web/OrderLines';
import { OrderShipment } from '@folio/config/web/OrderShipment';
import type { DeskOrder } from './order-desk-api';
import type { RunAction } from './desk-action';
import { DeliverButton } from './DeliverButton';
import { RefundForm } from './RefundForm';
import { ShipForm } from './ShipForm';
import { StaffCancel } from './StaffCancel';
import page from '../ui/AdminPage.module.css';
import styles from './OrderDesk.module.css';

/** Refunds are possible from these statuses while anything is left (docs/CONTRACT.md, "The order's life"). */
const REFUNDABLE = new Set(['PAID', 'SHIPPED', 'DELIVERED']);

export function DeskOrderView({ order, act, notice }: { order: DeskOrder; act: RunAction; notice: ReactNode }) {
  const { currency } = order;
  const left = order.totalCents - order.refundedCents;
  const canRefund = REFUNDABLE.has(order.status) && left > 0;
  const actions = order.status === 'PAID' || order.status === 'SHIPPED' || canRefund;
  return (
    <>
      <title>{`Order ${orderNumber(order.id)} · Orders · Folio`}</title>
      <header className={page.header}>
        <div>
          <h1 className={page.title}>Order {orderNumber(order.id)}</h1>
          <p className={page.muted}>
            Placed <time dateTime={order.createdAt}>{orderDateTime(order.createdAt)}</time> by{' '}
            {order.customerEmail ?? 'a customer whose email is unknown'}
          </p>
        </div>
        <OrderStatusBadge status={order.status} />
      </header>
      {notice}

      <section aria-labelledby="desk-actions" className={styles.section}>
        <h2 id="desk-actions" className={styles.heading}>
          Actions
        </h2>
        {!actions && (
          <p className={styles.muted}>Nothing more can be done with a {order.status.toLowerCase()} order.</p>
        )}
        <div className={styles.columns}>
          {order.status === 'PAID' && <ShipForm order={order} act={act} />}
          {canRefund && <RefundForm order={order} act={act} />}
        </div>
        {(order.status === 'PAID' || order.status === 'SHIPPED') && (
          <div className={styles.actions}>
            {order.status === 'SHIPPED' && <DeliverButton order={order} act={act} />}
            {order.status === 'PAID' && <StaffCancel order={order} act={act} />}
          </div>
        )}
      </section>

      <section aria-labelledby="desk-lines" className={styles.section}>
        <h2 id="desk-lines" className={styles.heading}>
          Lines
        </h2>
        <OrderLines items={order.items} currency={currency} totalCents={order.totalCents} />
      </section>

      <div className={styles.columns}>
        <section aria-labelledby="desk-address" className={styles.section}>
          <h2 id="desk-address" className={styles.heading}>
            Shipping address
          </h2>
          <address className={styles.address}>
            {[
              order.shippingAddress.name,
              order.shippingAddress.line1,
              order.shippingAddress.line2,
              `${order.shippingAddress.postalCode} ${order.shippingAddress.city}`,
              order.shippingAddress.country,
            ]
              .filter(Boolean)
              .map((line, index) => (
                // A line's place in the address is its identity (two lines may read the same).
                <span key={index} className={styles.line}>
                  {line}
                </span>
              ))}
          </address>
        </section>
        <section aria-labelledby="desk-payment" className={styles.section}>
          <h2 id="desk-payment" className={styles.heading}>
            Payment
          </h2>
          <dl className={styles.facts}>
            <dt>Total</dt>
            <dd>{formatPrice(order.totalCents, currency)}</dd>
            <dt>Refunded</dt>
            <dd>{formatPrice(order.refundedCents, currency)}</dd>
            <dt>Stripe payment</dt>
            <dd>
              <code>{order.paymentIntentId}</code>
            </dd>
          </dl>
        </section>
        <section aria-labelledby="desk-shipment" className={styles.section}>
          <h2 id="desk-shipment" className={styles.heading}>
            Shipment
          </h2>
          <OrderShipment shipment={order.shipment} none="Not shipped." />
        </section>
      </div>

      <section aria-labelledby="desk-history" className={styles.section}>
        <h2 id="desk-history" className={styles.heading}>
          History
        </h2>
        <OrderTimeline events={order.history} currency={currency} showActor />
      </section>
    </>
  );
}
