import { ConfirmButton } from '@folio/config/web/ConfirmButton';
import { formatPrice } from '@folio/config/web/format';
import { cancelOrderAsStaff, type DeskOrder } from './order-desk-api';
import { failureText, type RunAction } from './desk-action';
import styles from './OrderDesk.module.css';

/** Cancel a PAID order, behind a confirmation: the money goes back to the customer and the books to stock. */
export function StaffCancel({ order, act }: { order: DeskOrder; act: RunAction }) {
  const cancel = async (): Promise<string | null> => {
    const failure = await act(
      () => cancelOrderAsStaff(order.id),
      () => 'Cancelled. The money goes back to the customer, the books back to stock; the customer gets an email.',
    );
    return failure && failureText('The order was not cancelled', failure);
  };

  return (
    <ConfirmButton
      label="Cancel order"
      className={styles.danger}
      title="Cancel this order?"
      confirmLabel="Cancel order"
      cancelLabel="Keep the order"
      busyLabel="Cancelling…"
      onConfirm={cancel}
    >
      <p>
        {formatPrice(order.totalCents - order.refundedCents, order.currency)} goes back to{' '}
        {order.customerEmail ?? 'the customer'} and the books go back to stock. The customer gets an email. This cannot
        be undone.
      </p>
    </ConfirmButton>
  );
}
