import { useId, useState, type FormEvent } from 'react';
import { checkShipment, ORDER_CHANGE_LIMITS } from '@folio/contract/rules/order-changes';
import { Field } from '../form/Field';
import { shipOrder, type DeskOrder } from './order-desk-api';
import { failureText, type RunAction } from './desk-action';
import { SubmitRow } from './SubmitRow';
import form from '../form/BookForm.module.css';
import styles from './OrderDesk.module.css';

/**
 * PAID → SHIPPED: the carrier and tracking number the customer's email and order page show. The API's own rules
 * (checkShipment) check them first, so their messages are the API's.
 */
export function ShipForm({ order, act }: { order: DeskOrder; act: RunAction }) {
  const id = useId();
  const [carrier, setCarrier] = useState('');
  const [trackingNumber, setTrackingNumber] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const checked = checkShipment({ id: order.id, carrier, trackingNumber });
    setFailure(null);
    if (!checked.ok) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    const { value } = checked;
    const failed = await act(
      () => shipOrder(value.id, value.carrier, value.trackingNumber),
      () => `Marked shipped with ${value.carrier}. The customer gets an email.`,
    );
    setBusy(false);
    if (failed) setFailure(failureText('The order was not marked shipped', failed));
  };

  return (
    <form className={styles.form} onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h3 id={`${id}-title`} className={styles.heading}>
        Ship
      </h3>
      <Field id={`${id}-carrier`} label="Carrier" error={errors.carrier}>
        {(control) => (
          <input
            {...control}
            value={carrier}
            onChange={(event) => setCarrier(event.target.value)}
            className={form.input}
            maxLength={ORDER_CHANGE_LIMITS.carrierMax}
            autoComplete="off"
          />
        )}
      </Field>
      <Field id={`${id}-tracking`} label="Tracking number" error={errors.trackingNumber}>
        {(control) => (
          <input
            {...control}
            value={trackingNumber}
            onChange={(event) => setTrackingNumber(event.target.value)}
            className={form.input}
            maxLength={ORDER_CHANGE_LIMITS.trackingMax}
            autoComplete="off"
            spellCheck={false}
          />
        )}
      </Field>
      <SubmitRow failure={failure} busy={busy} label="Mark shipped" busyLabel="Marking shipped…" />
    </form>
  );
}
