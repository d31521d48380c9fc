import { useState } from 'react';
import { ConfirmDialog } from '@folio/config/web/ConfirmDialog';
import { formatPrice } from '@folio/config/web/format';
import { cancelOrderAsStaff, type DeskOrder } from './order-desk-api';
import { failureText, type RunAction } from './desk-action';
import styles from './OrderDesk.module.css';

/** Cancel a PAID order, behind a confirmation: the money goes back to the customer and the books to stock. */
export function StaffCancel({ order, act }: { order: DeskOrder; act: RunAction }) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const confirm = async () => {
    setBusy(true);
    setError(null);
    const failure = await act(
      () => cancelOrderAsStaff(order.id),
      () => 'Cancelled. The money goes back to the customer, the books back to stock; the customer gets an email.',
    );
    setBusy(false);
    if (failure) setError(failureText('The order was not cancelled', failure));
    else setOpen(false);
  };

  return (
    <>
      <button
        type="button"
        className={styles.danger}
        onClick={() => {
          setError(null);
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
            {formatPrice(order.totalCents - order.refundedCents, order.currency)} goes back to{' '}
            {order.customerEmail ?? 'the customer'} and the books go back to stock. The customer gets an email. This
            cannot be undone.
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}
