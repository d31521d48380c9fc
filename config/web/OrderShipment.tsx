/** Where an order went: carrier, tracking number and when it was sent; `none` says why there is nothing yet. */
import type { OrderShipment as Shipment } from '@folio/contract/documents/orders';
import { orderDateTime } from '@folio/config/web/order-dates';
import styles from './OrderShipment.module.css';

export function OrderShipment({ shipment, none }: { shipment: Shipment | null | undefined; none: string }) {
  if (!shipment) return <p className={styles.none}>{none}</p>;
  return (
    <dl className={styles.facts}>
      <dt>Carrier</dt>
      <dd>{shipment.carrier}</dd>
      <dt>Tracking number</dt>
      <dd>
        <code>{shipment.trackingNumber}</code>
      </dd>
      <dt>Sent</dt>
      <dd>
        <time dateTime={shipment.shippedAt}>{orderDateTime(shipment.shippedAt)}</time>
      </dd>
    </dl>
  );
}
