/**
 * "Cancel order" while the order is PAID, behind a confirmation: the API releases or refunds the payment and puts
 * the stock back. The dialog returns the focus to the button when kept; when cancelled, the page moves the focus
 * to its message (the button is gone).
 */
import { ApiError } from '@folio/config/web/api-error';
import { ConfirmButton } from '@folio/config/web/ConfirmButton';
import type { OrderDetail } from '@folio/contract/documents/orders';
import { cancelOrder } from './orders-api';
import { formatPrice } from './format';
import styles from './OrderPage.module.css';

interface CancelOrderProps {
  order: OrderDetail;
  onCancelled(order: OrderDetail): void;
  /** The order changed meanwhile (shipped, cancelled elsewhere): the page reads it again. */
  onConflict(): void;
}

export function CancelOrder({ order, onCancelled, onConflict }: CancelOrderProps) {
  const cancel = async (): Promise<string | null> => {
    try {
      onCancelled(await cancelOrder(order.id));
      return null;
    } catch (failure) {
      if (failure instanceof ApiError && failure.errorType === 'Conflict') {
        onConflict();
        return null;
      }
      const reason = failure instanceof Error ? failure.message : 'the store could not be reached';
      return `The order was not cancelled: ${reason}. Try again.`;
    }
  };

  return (
    <ConfirmButton
      label="Cancel order"
      className={styles.cancelButton}
      title="Cancel this order?"
      confirmLabel="Cancel order"
      cancelLabel="Keep the order"
      busyLabel="Cancelling…"
      onConfirm={cancel}
    >
      <p>
        We won’t send it, and the {formatPrice(order.totalCents - order.refundedCents, order.currency)} you paid goes
        back to your card.
      </p>
      <p>This cannot be undone.</p>
    </ConfirmButton>
  );
}
