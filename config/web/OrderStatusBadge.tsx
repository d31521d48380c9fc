/**
 * An order's status as a small badge: the text says it, the colour only repeats it (a dot and border per
 * status), and the text stays ink on a light ground so every status passes the contrast check.
 */
import { statusLabel } from '@folio/config/web/order-status';
import styles from './OrderStatusBadge.module.css';

export function OrderStatusBadge({ status }: { status: string }) {
  return (
    <span className={`${styles.badge} ${styles[status.toLowerCase()] ?? ''}`} data-status={status}>
      {statusLabel(status)}
    </span>
  );
}
