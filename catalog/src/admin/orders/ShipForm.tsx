import { useId, useState, type FormEvent } from 'react';
import { shipOrder, type DeskOrder } from './order-desk-api';
import { failureText, type RunAction } from './desk-action';
import filters from '../list/ManageBooksPage.module.css';
import styles from './OrderDesk.module.css';

/** PAID → SHIPPED: the carrier and tracking number the customer's email and order page show. */
export function ShipForm({ order, act }: { order: DeskOrder; act: RunAction }) {
  const carrierId = useId();
  const trackingId = useId();
  const [carrier, setCarrier] = useState('');
  const [tracking, setTracking] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    if (!carrier.trim() || !tracking.trim()) {
      setError('Enter the carrier and the tracking number.');
      return;
    }
    setBusy(true);
    setError(null);
    const failure = await act(
      () => shipOrder(order.id, carrier.trim(), tracking.trim()),
      (shipped) => `Marked shipped with ${shipped.shipment?.carrier ?? carrier.trim()}. The customer gets an email.`,
    );
    setBusy(false);
    if (failure) setError(failureText('The order was not marked shipped', failure));
  };

  return (
    <form className={styles.form} onSubmit={submit} aria-labelledby={`${carrierId}-title`} noValidate>
      <h3 id={`${carrierId}-title`} className={styles.heading}>
        Ship
      </h3>
      <div className={filters.filter}>
        <label htmlFor={carrierId} className={filters.label}>
          Carrier
        </label>
        <input
          id={carrierId}
          value={carrier}
          onChange={(event) => setCarrier(event.target.value)}
          className={filters.input}
          autoComplete="off"
          required
        />
      </div>
      <div className={filters.filter}>
        <label htmlFor={trackingId} className={filters.label}>
          Tracking number
        </label>
        <input
          id={trackingId}
          value={tracking}
          onChange={(event) => setTracking(event.target.value)}
          className={filters.input}
          autoComplete="off"
          spellCheck={false}
          required
        />
      </div>
      {error && (
        <p role="alert" className={styles.error}>
          {error}
        </p>
      )}
      <div className={styles.actions}>
        <button type="submit" className={styles.button} aria-disabled={busy || undefined}>
          {busy ? 'Marking shipped…' : 'Mark shipped'}
        </button>
      </div>
    </form>
  );
}
