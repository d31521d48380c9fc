// Confirming a PaymentIntent: one payment attempt, made as a charge in
// stripe-stateful-mock with the test card's `tok_*` source
// (`capture=false` for manual capture). A decline puts the intent back to
// requires_payment_method and answers 402 with the intent inside the error,
// exactly as api.stripe.com does, so the SDK throws StripeCardError.
import type { RequestContext } from './context';
import { StripeApiError, unexpectedState } from './errors';
import { encodeForm } from './form';
import { randomId } from './ids';
import { MockBackend, mockError } from './mock-backend';
import { CONFIRMABLE, IntentEntry, snapshot } from './payment-intent-object';
import type { PaymentMethodRecord, PaymentMethods } from './payment-methods';
import type { DeclineOverride } from './test-payment-methods';

export interface ConfirmOptions {
  /** A payment method given to this confirmation (replaces the attached one). */
  pmId?: string;
  offSession: boolean;
  errorOnRequiresAction: boolean;
}

export interface ConfirmDeps {
  mock: MockBackend;
  paymentMethods: PaymentMethods;
  /** Remember which intent a mock charge belongs to. */
  linkCharge(chargeId: string, intentId: string): void;
  /** The emulator's own origin, for the 3-D Secure challenge URL. */
  publicUrl(): string;
}

export async function confirmIntent(
  deps: ConfirmDeps,
  ctx: RequestContext,
  entry: IntentEntry,
  opts: ConfirmOptions,
): Promise<void> {
  const pi = entry.pi;
  if (!CONFIRMABLE.includes(pi.status)) {
    throw unexpectedState(
      pi.status === 'succeeded'
        ? 'You cannot confirm this PaymentIntent because it has already succeeded after being previously confirmed.'
        : `You cannot confirm this PaymentIntent because it has a status of ${pi.status}. Only a PaymentIntent with one of the following statuses may be confirmed: ${CONFIRMABLE.join(', ')}.`,
      { payment_intent: snapshot(pi) },
    );
  }
  if (opts.pmId) {
    const given = deps.paymentMethods.resolve(ctx.account, opts.pmId);
    deps.paymentMethods.checkOwner(given, pi.customer);
    entry.pm = given;
    pi.payment_method = entry.pm.id;
  }
  const pm = entry.pm;
  if (!pm) throw missingPaymentMethod();

  if (pm.card.requiresAction) {
    if (opts.offSession || opts.errorOnRequiresAction) {
      decline(entry, pm, {
        code: 'authentication_required',
        decline_code: 'authentication_required',
        message: 'Your card was declined. This transaction requires authentication.',
      });
    }
    // The challenge page authorises with this caller's key, as Stripe charges the account that confirmed.
    entry.challengeContext = ctx;
    pi.status = 'requires_action';
    pi.next_action = {
      type: 'use_stripe_sdk',
      use_stripe_sdk: {
        type: 'three_d_secure_redirect',
        source: `src_${randomId(24)}`,
        stripe_js: challengeUrl(deps.publicUrl(), pi.id, String(pi.client_secret)),
      },
    };
    return;
  }
  await chargeAttempt(deps, ctx, entry, pm);
}

/** Where the browser shows the emulator's 3-D Secure challenge (three-d-secure.ts). */
export const challengeUrl = (origin: string, intentId: string, clientSecret: string): string =>
  `${origin}/3ds/${encodeURIComponent(intentId)}?client_secret=${encodeURIComponent(clientSecret)}`;

/** One charge in the mock for the intent's amount: authorised (manual capture) or paid, else declined. */
export async function chargeAttempt(
  deps: ConfirmDeps,
  ctx: RequestContext,
  entry: IntentEntry,
  pm: PaymentMethodRecord,
): Promise<void> {
  const pi = entry.pi;
  const manual = pi.capture_method === 'manual';
  const res = await deps.mock.json<{ id: string; error?: AttemptError }>({
    method: 'POST',
    path: '/v1/charges',
    headers: ctx.forward,
    body: encodeForm({
      amount: pi.amount,
      currency: pi.currency,
      source: pm.card.token,
      capture: manual ? 'false' : 'true',
      description: pi.description ?? undefined,
      metadata: pi.metadata,
    }),
  });
  if (res.status === 200) {
    deps.linkCharge(res.body.id, pi.id);
    Object.assign(pi, { latest_charge: res.body.id, last_payment_error: null, next_action: null });
    if (manual) Object.assign(pi, { status: 'requires_capture', amount_capturable: pi.amount });
    else Object.assign(pi, { status: 'succeeded', amount_received: pi.amount });
    return;
  }
  if (res.status === 402 && res.body?.error) {
    const err = res.body.error;
    if (err.charge) deps.linkCharge(err.charge, pi.id);
    decline(entry, pm, { ...err, ...(pm.card.decline ?? {}) });
  }
  throw new StripeApiError(res.status, mockError(res.body).error);
}

type AttemptError = DeclineOverride & { charge?: string; doc_url?: string; param?: string };

/** A failed attempt: the intent goes back to requires_payment_method and the caller gets a 402. */
function decline(entry: IntentEntry, pm: PaymentMethodRecord, err: AttemptError): never {
  const pi = entry.pi;
  const error: Record<string, unknown> = {
    charge: err.charge,
    code: err.code,
    decline_code: err.decline_code,
    doc_url: err.doc_url ?? `https://stripe.com/docs/error-codes/${err.code.replace(/_/g, '-')}`,
    message: err.message,
    param: err.param,
  };
  for (const k of Object.keys(error)) if (error[k] === undefined) delete error[k];
  Object.assign(pi, {
    status: 'requires_payment_method',
    payment_method: null,
    latest_charge: err.charge ?? pi.latest_charge,
    last_payment_error: { ...error, payment_method: snapshot(pm.object), type: 'card_error' },
    next_action: null,
  });
  entry.pm = undefined;
  throw new StripeApiError(402, {
    ...(error as { code: string; message: string }),
    payment_intent: snapshot(pi),
    payment_method: snapshot(pm.object),
    type: 'card_error',
  });
}

/** The customer failed the 3-D Secure challenge: no charge, and the card must be given again. */
export function failAuthentication(entry: IntentEntry): void {
  const pm = entry.pm;
  Object.assign(entry.pi, {
    status: 'requires_payment_method',
    payment_method: null,
    next_action: null,
    last_payment_error: {
      code: 'payment_intent_authentication_failure',
      doc_url: 'https://stripe.com/docs/error-codes/payment-intent-authentication-failure',
      message:
        'The provided PaymentMethod has failed authentication. You can provide payment_method_data or a new PaymentMethod to attempt to fulfill this PaymentIntent again.',
      ...(pm ? { payment_method: snapshot(pm.object) } : {}),
      type: 'invalid_request_error',
    },
  });
  entry.pm = undefined;
}

export function missingPaymentMethod(): StripeApiError {
  return unexpectedState(
    "You cannot confirm this PaymentIntent because it's missing a payment method. You can either update the PaymentIntent with a payment method and then confirm it again, or confirm it again directly with a payment method.",
  );
}
