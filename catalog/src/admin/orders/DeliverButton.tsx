import { useState } from 'react';
import { deliverOrder, type DeskOrder } from './order-desk-api';
import { failureText, type RunAction } from './desk-action';
import styles from './OrderDesk.module.css';

/** SHIPPED → DELIVERED, once the carrier says it arrived. */
export function DeliverButton({ order, act }: { order: DeskOrder; act: RunAction }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const deliver = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    const failure = await act(
      () => deliverOrder(order.id),
      () => 'Marked delivered.',
    );
    setBusy(false);
    if (failure) setError(failureText('The order was not marked delivered', failure));
  };

  return (
    <>
      <button type="button" className={styles.button} onClick={deliver} aria-disabled={busy || undefined}>
        {busy ? 'Marking delivered…' : 'Mark delivered'}
      </button>
      {error && (
        <p role="alert" className={styles.error}>
          {error}
        </p>
      )}
    </>
  );
}
