/**
 * Authorising an order's total with a Stripe PaymentIntent (manual capture), and reading what Stripe answered
 * as the customer's next step: pay (requires_capture), authenticate (requires_action: 3-D Secure), or a
 * decline. Only Stripe's public API is used, so a real account behaves as the emulator does.
 */
import { createHash } from 'node:crypto';
import Stripe from 'stripe';
import { env } from '../shared/env';
import { AppError } from '../shared/result';

/** The most Stripe accepts for one card payment, in minor units. */
export const STRIPE_MAX_AMOUNT = 99_999_999;

export interface IntentRequest {
  orderId: string;
  customerId: string;
  stripeCustomerId: string;
  totalCents: number;
  paymentMethodId: string;
  /** Everything that makes this attempt what it is (lines, prices, address): a change gets a new intent. */
  fingerprint: string;
  /** Keeps the attempt on our side before Stripe may authorise it (payments/attempts.ts). */
  record(attemptId: string): Promise<void>;
}

/**
 * Stripe idempotency keys derive from the order (customer + idempotencyKey), the card and the attempt's
 * fingerprint, so a repeat or concurrent call gets the same PaymentIntent, while another card, or the same
 * card after the price changed, gets a new one (a reused key with other parameters is Stripe's
 * idempotency_error, which would fail every retry).
 */
export const authoriseKey = (req: Pick<IntentRequest, 'orderId' | 'paymentMethodId' | 'fingerprint'>, after?: string) =>
  `folio-${req.orderId}-${createHash('sha256')
    .update(`${req.paymentMethodId}\n${req.fingerprint}`)
    .digest('hex')
    .slice(0, 16)}${after ? `-after-${after}` : ''}`;

async function createIntent(client: Stripe, req: IntentRequest, idempotencyKey: string) {
  await req.record(idempotencyKey);
  return client.paymentIntents.create(
    {
      amount: req.totalCents,
      currency: env('CURRENCY').toLowerCase(),
      payment_method: req.paymentMethodId,
      customer: req.stripeCustomerId,
      // Server-side confirmation with no redirect-based methods; 3-D Secure comes back as requires_action
      // with use_stripe_sdk, which Stripe.js (or the emulator's challenge) completes in the browser.
      automatic_payment_methods: { enabled: true, allow_redirects: 'never' },
      capture_method: 'manual',
      confirm: true,
      description: `Folio order ${req.orderId}`,
      metadata: { orderId: req.orderId, customerId: req.customerId, attemptId: idempotencyKey },
    },
    { idempotencyKey },
  );
}

/** A release that must not hide the real answer: an uncaptured authorisation lapses by itself anyway. */
export async function releaseIntent(client: Stripe, intentId: string, why: string): Promise<void> {
  try {
    await client.paymentIntents.cancel(intentId, {}, { idempotencyKey: `folio-cancel-${intentId}` });
  } catch (error) {
    console.error(`makePayment: could not release ${intentId} (${why})`, (error as Error).message);
  }
}

/** The intent this attempt stands on: created, or the current state of the one a replay names. */
async function currentIntent(client: Stripe, req: IntentRequest): Promise<Stripe.PaymentIntent> {
  let intent = await createIntent(client, req, authoriseKey(req));
  // A replay shows the intent as it was; if an earlier attempt's intent was cancelled (its order failed, or
  // its authentication did), this retry needs a fresh one, keyed on the cancelled one so concurrent retries agree.
  for (let hops = 0; intent.lastResponse?.headers?.['idempotent-replayed'] === 'true' && hops < 5; hops += 1) {
    const current = await client.paymentIntents.retrieve(intent.id);
    if (current.status !== 'canceled') return current;
    intent = await createIntent(client, req, authoriseKey(req, current.id));
  }
  return intent;
}

/** Stripe's errors as the customer's: a decline, a bad card, or "try again"; anything else stays thrown. */
export function stripeFailure(error: unknown): never {
  if (error instanceof Stripe.errors.StripeCardError) {
    throw new AppError('PaymentDeclined', error.message || 'Your card was declined', {
      code: error.code,
      declineCode: error.decline_code,
    });
  }
  if (error instanceof Stripe.errors.StripeInvalidRequestError && /payment_method/.test(error.param ?? '')) {
    throw new AppError('ValidationError', 'The payment method is not valid', {
      fields: { paymentMethodId: error.message },
    });
  }
  if (error instanceof Stripe.errors.StripeError) {
    console.error('makePayment: Stripe error', error.type, error.code, error.message);
    throw new AppError(
      'PaymentUnavailable',
      'Payment could not be processed right now; you have not been charged. Please try again.',
    );
  }
  throw error;
}

/** An authorised PaymentIntent for this attempt, or the AppError that tells the customer what to do. */
export function checkAmount(totalCents: number): void {
  if (totalCents > STRIPE_MAX_AMOUNT) {
    throw new AppError('ValidationError', 'The order total is more than a single card payment can be', {
      fields: { items: `The total may be at most ${STRIPE_MAX_AMOUNT} minor units` },
    });
  }
}

export async function authorise(client: Stripe, req: IntentRequest): Promise<Stripe.PaymentIntent> {
  let intent: Stripe.PaymentIntent;
  try {
    intent = await currentIntent(client, req);
  } catch (error) {
    stripeFailure(error);
  }
  if (intent.status === 'requires_capture' || intent.status === 'succeeded') return intent;
  if (intent.status === 'requires_action') {
    throw new AppError('PaymentActionRequired', 'Your bank asks you to confirm this payment.', {
      clientSecret: intent.client_secret,
      paymentIntentId: intent.id,
    });
  }
  if (intent.status === 'requires_payment_method' && intent.last_payment_error) {
    // Authentication failed (or the card declined after it): release the intent so that trying again,
    // with this card or another, starts a fresh payment.
    await releaseIntent(client, intent.id, 'authentication failed');
    const failedAuth = intent.last_payment_error.code === 'payment_intent_authentication_failure';
    throw new AppError(
      'PaymentDeclined',
      failedAuth
        ? 'Your bank could not confirm the payment, so you have not been charged. Try again or use another card.'
        : intent.last_payment_error.message || 'Your card was declined',
      { code: intent.last_payment_error.code, declineCode: intent.last_payment_error.decline_code },
    );
  }
  throw new AppError('PaymentDeclined', `The payment was not authorised (${intent.status})`);
}
