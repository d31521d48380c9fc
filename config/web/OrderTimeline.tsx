/**
 * An order's history, oldest first, as the API keeps it: when, what, by whom, the money it moved and a refund's
 * reason. The customer's order page and the staff order desk show the same list.
 */
import type { OrderEvent } from '@folio/contract/documents/orders';
import { formatPrice } from '@folio/config/web/format';
import { orderDateTime } from '@folio/config/web/order-dates';
import { actorLabel, eventLabel } from '@folio/config/web/order-status';
import styles from './OrderTimeline.module.css';

interface OrderTimelineProps {
  events: readonly OrderEvent[];
  currency: string;
  /** Staff see who made each event happen; customers know that already. */
  showActor?: boolean;
}

export function OrderTimeline({ events, currency, showActor = false }: OrderTimelineProps) {
  if (events.length === 0) return <p className={styles.empty}>Nothing has happened to this order yet.</p>;
  return (
    <ol className={styles.timeline}>
      {events.map((event, index) => (
        // Events have no id; their place in the history is theirs for good (the list only ever grows).
        <li key={index} className={styles.event}>
          <time dateTime={event.at} className={styles.at}>
            {orderDateTime(event.at)}
          </time>
          <span className={styles.what}>
            <strong>{eventLabel(event.kind)}</strong>
            {showActor && ` ${actorLabel(event.actor)}`}
            {event.amountCents != null && `: ${formatPrice(event.amountCents, currency)}`}
          </span>
          {event.note && <span className={styles.note}>“{event.note}”</span>}
        </li>
      ))}
    </ol>
  );
}
