/**
 * Checkout's payment step. With a Stripe publishable key (app-config), Stripe Elements' card form; without one
 * (the local stack), or with a test key when Stripe.js cannot be loaded (offline), the test-payment panel. A live
 * key without Stripe.js cannot take payments: the customer is told so.
 */
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { appConfig } from '@folio/config/web/app-config';
import type { PaymentSource } from './payment-source';
import { TestPaymentPanel } from './TestPaymentPanel';
import styles from './Payment.module.css';

const StripePayment = lazy(() => import('./StripePayment'));

export interface PaymentSectionProps {
  amountCents: number;
  currency: string;
  onSource(source: PaymentSource | null): void;
  disabled?: boolean;
}

export const isTestKey = (key: string): boolean => key.startsWith('pk_test_');

export function PaymentSection({ amountCents, currency, onSource, disabled }: PaymentSectionProps) {
  const publishableKey = appConfig().stripePublishableKey;
  const [stripeFailure, setStripeFailure] = useState<Error | null>(null);
  const [attempt, setAttempt] = useState(0);
  const onUnavailable = useCallback((error: Error) => {
    console.warn('[folio] Stripe.js unavailable:', error.message);
    setStripeFailure(error);
  }, []);

  const liveKeyDown = publishableKey !== null && stripeFailure !== null && !isTestKey(publishableKey);
  useEffect(() => {
    if (liveKeyDown) onSource(null);
  }, [liveKeyDown, onSource]);

  let body;
  if (publishableKey === null) {
    body = <TestPaymentPanel onSource={onSource} disabled={disabled} />;
  } else if (stripeFailure && isTestKey(publishableKey)) {
    body = <TestPaymentPanel onSource={onSource} disabled={disabled} reason="Stripe’s card form could not be loaded" />;
  } else if (stripeFailure) {
    body = (
      <div className={styles.cardUnavailable} role="alert">
        <p>Card payments are unavailable right now (Stripe could not be reached). Your cart is kept.</p>
        <button
          type="button"
          className={styles.retry}
          onClick={() => {
            setStripeFailure(null);
            setAttempt((n) => n + 1);
          }}
        >
          Try again
        </button>
      </div>
    );
  } else {
    body = (
      <Suspense
        fallback={
          <div className={styles.cardLoading} aria-busy="true">
            Loading the secure card form…
          </div>
        }
      >
        <StripePayment
          key={attempt}
          publishableKey={publishableKey}
          amountCents={amountCents}
          currency={currency}
          onSource={onSource}
          onUnavailable={onUnavailable}
        />
      </Suspense>
    );
  }

  return (
    <section className={styles.section} aria-labelledby="folio-payment-heading">
      <h2 id="folio-payment-heading" className={styles.heading}>
        Payment
      </h2>
      {body}
    </section>
  );
}
