/**
 * The card form with a real publishable key: Stripe Elements' PaymentElement, in a chunk of its own (only checkout
 * with a key loads it). The PaymentElement creates the payment method in the browser (card details never touch
 * Folio); processOrder then creates and confirms the PaymentIntent on the server (manual capture, cards only,
 * no redirects), so Elements is set up to match. If Stripe.js cannot load, `onUnavailable` lets checkout fall back.
 */
import { Component, useEffect, useState, type ReactNode } from 'react';
import { Elements, PaymentElement, useElements, useStripe } from '@stripe/react-stripe-js';
import type { Stripe, StripeElementsOptionsMode } from '@stripe/stripe-js';
import { PaymentFormError } from '../order-errors';
import { loadStripeOnce } from './load-stripe';
import type { PaymentSource } from './payment-source';
import styles from './Payment.module.css';

export interface StripePaymentProps {
  publishableKey: string;
  amountCents: number;
  currency: string;
  onSource(source: PaymentSource | null): void;
  onUnavailable(error: Error): void;
}

/** Folio's tokens, for the iframe Stripe draws the form in (CSS variables do not reach it). */
const APPEARANCE: StripeElementsOptionsMode['appearance'] = {
  theme: 'stripe',
  variables: {
    colorPrimary: '#1f4d3f',
    colorText: '#1f1d1a',
    colorDanger: '#a11d2b',
    borderRadius: '4px',
    fontFamily: 'system-ui, sans-serif',
  },
};

export default function StripePayment({
  publishableKey,
  amountCents,
  currency,
  onSource,
  onUnavailable,
}: StripePaymentProps) {
  const [stripe, setStripe] = useState<Stripe | null>(null);

  useEffect(() => {
    let current = true;
    // <Elements> given a rejected promise throws where nothing can catch it: hand it a loaded Stripe only.
    loadStripeOnce(publishableKey).then(
      (loaded) => current && setStripe(loaded),
      (error: Error) => current && onUnavailable(error),
    );
    return () => {
      current = false;
    };
  }, [publishableKey, onUnavailable]);

  if (!stripe) {
    return (
      <div className={styles.cardLoading} aria-busy="true">
        Loading the secure card form…
      </div>
    );
  }
  const options: StripeElementsOptionsMode = {
    mode: 'payment',
    // Elements needs a positive amount; the server charges what it computes, whatever this says.
    amount: Math.max(amountCents, 1),
    currency: currency.toLowerCase(),
    captureMethod: 'manual',
    paymentMethodCreation: 'manual',
    allowedPaymentMethodTypes: ['card'],
    appearance: APPEARANCE,
  };
  return (
    <StripeBoundary onError={onUnavailable}>
      <Elements stripe={stripe} options={options}>
        <PaymentElementSource onSource={onSource} />
      </Elements>
    </StripeBoundary>
  );
}

function PaymentElementSource({ onSource }: { onSource(source: PaymentSource | null): void }) {
  const stripe = useStripe();
  const elements = useElements();

  useEffect(() => {
    if (!stripe || !elements) return;
    onSource({
      async createPaymentMethod() {
        const submitted = await elements.submit();
        if (submitted.error) throw new PaymentFormError(submitted.error.message ?? 'Check the card details.');
        const created = await stripe.createPaymentMethod({ elements });
        if (created.error) throw new PaymentFormError(created.error.message ?? 'The card could not be used.');
        return created.paymentMethod.id;
      },
      // Stripe.js shows the bank's challenge itself; a failed or abandoned one is an error, and processOrder,
      // called again, tells which (still pending, or declined).
      async authenticate({ clientSecret }) {
        const handled = await stripe.handleNextAction({ clientSecret });
        return 'error' in handled && handled.error ? 'fail' : 'complete';
      },
    });
    return () => onSource(null);
  }, [stripe, elements, onSource]);

  return (
    <div className={styles.cardForm}>
      <PaymentElement options={{ layout: 'tabs' }} />
    </div>
  );
}

/** Elements failing while rendering becomes "card payments unavailable", not a broken checkout. */
class StripeBoundary extends Component<{ onError(error: Error): void; children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  componentDidCatch(error: Error): void {
    this.props.onError(error);
  }

  render(): ReactNode {
    return this.state.failed ? null : this.props.children;
  }
}
