/**
 * "Cancel order" while the order is PAID, behind a confirmation: the API releases or refunds the payment and puts
 * the stock back. The dialog returns the focus to the button when kept; when cancelled, the page moves the focus
 * to its message (the button is gone).
 */
import { useState } from 'react';
import { ApiError } from '@folio/config/web/api-error';
import { ConfirmDialog } from '@folio/config/web/ConfirmDialog';
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
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      const cancelled = await cancelOrder(order.id);
      setOpen(false);
      onCancelled(cancelled);
    } catch (failure) {
      setBusy(false);
      if (failure instanceof ApiError && failure.errorType === 'Conflict') {
        setOpen(false);
        onConflict();
        return;
      }
      setError(
        `The order was not cancelled: ${failure instanceof Error ? failure.message : 'the store could not be reached'}. Try again.`,
      );
    }
  };

  return (
    <>
      <button
        type="button"
        className={styles.cancelButton}
        onClick={() => {
          setError(null);
          setBusy(false);
          setOpen(true);
        }}
      >
        Cancel order
      </button>
      {open && (
        <ConfirmDialog
          title="Cancel this order?"
          confirmLabel="Cancel order"
          cancelLabel="Keep the order"
          busyLabel="Cancelling…"
          busy={busy}
          error={error}
          onConfirm={confirm}
          onCancel={() => setOpen(false)}
        >
          <p>
            We won’t send it, and the {formatPrice(order.totalCents - order.refundedCents, order.currency)} you paid
            goes back to your card.
          </p>
          <p>This cannot be undone.</p>
        </ConfirmDialog>
      )}
    </>
  );
}
