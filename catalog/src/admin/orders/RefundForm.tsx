import { useId, useState, type FormEvent } from 'react';
import { formatPrice } from '@folio/config/web/format';
import { parsePriceToCents } from '../form/price';
import { refundOrder, type DeskOrder } from './order-desk-api';
import { refundAttempt, type RefundAttempt } from './refund-attempt';
import { failureText, type RunAction } from './desk-action';
import filters from '../list/ManageBooksPage.module.css';
import styles from './OrderDesk.module.css';

/**
 * Refunds part or all of what is left. The attempt (amount, reason, idempotency key) is kept until the API
 * answers it: pressing "Refund" again after a failure retries the same refund, which pays out once.
 */
export function RefundForm({ order, act }: { order: DeskOrder; act: RunAction }) {
  const amountId = useId();
  const reasonId = useId();
  const hintId = useId();
  const errorId = useId();
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState<RefundAttempt | null>(null);
  const left = order.totalCents - order.refundedCents;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const cents = parsePriceToCents(amount);
    if (cents === null || cents < 1) {
      setError('Enter an amount in dollars, like 12.50.');
      return;
    }
    if (cents > left) {
      setError(`That is more than the ${formatPrice(left, order.currency)} left to refund.`);
      return;
    }
    const current = refundAttempt(attempt, cents, reason.trim() || null);
    setAttempt(current);
    setBusy(true);
    setError(null);
    const failure = await act(
      () =>
        refundOrder({
          id: order.id,
          idempotencyKey: current.key,
          amountCents: current.amountCents,
          reason: current.reason,
        }),
      (refunded) =>
        `Refunded ${formatPrice(cents, order.currency)}` +
        (refunded.status === 'REFUNDED' ? '; the order is fully refunded.' : '.') +
        ' The customer gets an email.',
    );
    setBusy(false);
    if (failure) {
      setError(failureText('The refund was not confirmed', failure));
      return;
    }
    // Answered (refunded, or refused with a Conflict): the next refund is a new attempt.
    setAttempt(null);
  };

  return (
    <form className={styles.form} onSubmit={submit} aria-labelledby={`${amountId}-title`} noValidate>
      <h3 id={`${amountId}-title`} className={styles.heading}>
        Refund
      </h3>
      <div className={filters.filter}>
        <label htmlFor={amountId} className={filters.label}>
          Amount (USD)
        </label>
        <input
          id={amountId}
          value={amount}
          onChange={(event) => setAmount(event.target.value)}
          className={filters.input}
          inputMode="decimal"
          autoComplete="off"
          aria-describedby={error ? `${errorId} ${hintId}` : hintId}
          aria-invalid={error ? true : undefined}
        />
        <p id={hintId} className={styles.hint}>
          Up to {formatPrice(left, order.currency)} left to refund.
        </p>
      </div>
      <div className={filters.filter}>
        <label htmlFor={reasonId} className={filters.label}>
          Reason <span className={styles.hint}>(optional; the customer sees it)</span>
        </label>
        <input
          id={reasonId}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          className={filters.input}
          autoComplete="off"
        />
      </div>
      {error && (
        <p id={errorId} role="alert" className={styles.error}>
          {error}
        </p>
      )}
      <div className={styles.actions}>
        <button type="submit" className={styles.button} aria-disabled={busy || undefined}>
          {busy ? 'Refunding…' : 'Refund'}
        </button>
      </div>
    </form>
  );
}
