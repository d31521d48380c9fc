import { useId, useState, type FormEvent } from 'react';
import { formatPrice } from '@folio/config/web/format';
import { checkRefund, ORDER_CHANGE_LIMITS } from '@folio/contract/rules/order-changes';
import { Field } from '../form/Field';
import { parsePriceToCents } from '../form/price';
import { refundOrder, type DeskOrder } from './order-desk-api';
import { refundAttempt, type RefundAttempt } from './refund-attempt';
import { failureText, type RunAction } from './desk-action';
import { SubmitRow } from './SubmitRow';
import form from '../form/BookForm.module.css';
import styles from './OrderDesk.module.css';

/**
 * Refunds part or all of what is left. The attempt (amount, reason, idempotency key) is kept until the API
 * answers it: pressing "Refund" again after a failure retries the same refund, which pays out once. The amount is
 * typed in dollars and parsed to cents without floating point; the API's rules (checkRefund) check the rest.
 */
export function RefundForm({ order, act }: { order: DeskOrder; act: RunAction }) {
  const id = useId();
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [attempt, setAttempt] = useState<RefundAttempt | null>(null);
  const left = order.totalCents - order.refundedCents;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setFailure(null);
    const cents = parsePriceToCents(amount);
    if (cents === null || cents < 1) {
      setErrors({ amountCents: 'Enter an amount in dollars, like 12.50.' });
      return;
    }
    if (cents > left) {
      setErrors({ amountCents: `That is more than the ${formatPrice(left, order.currency)} left to refund.` });
      return;
    }
    const current = refundAttempt(attempt, cents, reason.trim() || null);
    const checked = checkRefund({ id: order.id, idempotencyKey: current.key, amountCents: cents, reason });
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setAttempt(current);
    setBusy(true);
    const failed = await act(
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
    if (failed) {
      setFailure(failureText('The refund was not confirmed', failed));
      return;
    }
    // Answered (refunded, or refused with a Conflict): the next refund is a new attempt.
    setAttempt(null);
  };

  return (
    <form className={styles.form} onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h3 id={`${id}-title`} className={styles.heading}>
        Refund
      </h3>
      <Field
        id={`${id}-amount`}
        label="Amount (USD)"
        error={errors.amountCents}
        hint={`Up to ${formatPrice(left, order.currency)} left to refund.`}
      >
        {(control) => (
          <input
            {...control}
            value={amount}
            onChange={(event) => setAmount(event.target.value)}
            className={form.input}
            inputMode="decimal"
            autoComplete="off"
          />
        )}
      </Field>
      <Field
        id={`${id}-reason`}
        label="Reason"
        optional
        error={errors.reason}
        hint="The customer sees it, on their order page and in the refund email."
      >
        {(control) => (
          <input
            {...control}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            className={form.input}
            maxLength={ORDER_CHANGE_LIMITS.reasonMax}
            autoComplete="off"
          />
        )}
      </Field>
      <SubmitRow failure={failure} busy={busy} label="Refund" busyLabel="Refunding…" />
    </form>
  );
}
