/**
 * Local mode's payment: no Stripe.js (no publishable key, or js.stripe.com unreachable), so the customer picks one
 * of Stripe's test payment methods, sent as is. Labelled as a test, so nobody mistakes it for a real card form.
 * The 3-D Secure methods are offered only with the local Stripe emulator, whose challenge page stands in for
 * Stripe.js's (use-emulator-challenge.tsx).
 */
import { useEffect, useId, useState } from 'react';
import { appConfig } from '@folio/config/web/app-config';
import type { PaymentSource } from './payment-source';
import { useEmulatorChallenge } from './challenge/use-emulator-challenge';
import { DEFAULT_TEST_PAYMENT_METHOD, TEST_PAYMENT_METHODS } from './test-methods';
import styles from './Payment.module.css';

export interface TestPaymentPanelProps {
  onSource(source: PaymentSource | null): void;
  /** Why the card form is not shown, when Stripe.js was wanted but did not load. */
  reason?: string;
  disabled?: boolean;
}

export function TestPaymentPanel({ onSource, reason, disabled }: TestPaymentPanelProps) {
  const [selected, setSelected] = useState(DEFAULT_TEST_PAYMENT_METHOD);
  const noteId = useId();
  const { authenticate, dialog } = useEmulatorChallenge();
  const withChallenge = appConfig().stripeEmulatorOrigin !== null;
  const methods = TEST_PAYMENT_METHODS.filter((m) => withChallenge || !m.challenge);

  useEffect(() => {
    onSource({ createPaymentMethod: async () => selected, authenticate });
    return () => onSource(null);
  }, [selected, onSource, authenticate]);

  return (
    <>
      <fieldset className={styles.testPanel} aria-describedby={noteId} disabled={disabled}>
        <legend className={styles.legend}>
          Test payment <span className={styles.testBadge}>Test mode</span>
        </legend>
        <p id={noteId} className={styles.testNote}>
          No real card is used and nothing is charged. Pick one of Stripe’s test payment methods to try an outcome.
          {reason && <> ({reason})</>}
        </p>
        <div className={styles.methods}>
          {methods.map((method) => (
            <label key={method.id} className={styles.method}>
              <input
                type="radio"
                name="testPaymentMethod"
                value={method.id}
                checked={selected === method.id}
                onChange={() => setSelected(method.id)}
                // The name is the outcome alone ("Declined"); the card and id are its description.
                aria-label={method.label}
                aria-describedby={`${noteId}-${method.id}`}
              />
              <span className={styles.methodText}>
                <span className={styles.methodLabel}>{method.label}</span>
                <span className={styles.methodDetail} id={`${noteId}-${method.id}`}>
                  {method.detail} · <code>{method.id}</code>
                </span>
              </span>
            </label>
          ))}
        </div>
      </fieldset>
      {dialog}
    </>
  );
}
