/** POST /stripe/webhook on the gateway: the webhook Lambda's handler, as Stripe (and the emulator) call it. */
import { randomBytes } from 'node:crypto';
import { stackInfo } from './stack-info';
import { stripeClient } from './fixtures';

// Several processOrder calls per test, on a machine that may be busy.
jest.setTimeout(60_000);

const eventFor = (intentId: string, type = 'payment_intent.amount_capturable_updated') =>
  JSON.stringify({
    id: `evt_test_${randomBytes(8).toString('hex')}`,
    object: 'event',
    type,
    created: Math.floor(Date.now() / 1000),
    data: { object: { id: intentId, object: 'payment_intent', metadata: {} } },
  });

async function post(payload: string, signature?: string) {
  const res = await fetch(stackInfo().stripeWebhookUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(signature ? { 'stripe-signature': signature } : {}) },
    body: payload,
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

const sign = (payload: string, secret = stackInfo().stripeWebhookSecret, timestamp?: number) =>
  stripeClient().webhooks.generateTestHeaderString({ payload, secret, timestamp });

/** A PaymentIntent of no order, already paid: an event about it needs nothing done. */
async function paidIntent(): Promise<string> {
  const pi = await stripeClient().paymentIntents.create({
    amount: 500,
    currency: 'usd',
    payment_method: 'pm_card_visa',
    confirm: true,
    automatic_payment_methods: { enabled: true, allow_redirects: 'never' },
  });
  return pi.id;
}

describe('Stripe webhook endpoint', () => {
  it('refuses unsigned, mis-signed and stale events with 400', async () => {
    const payload = eventFor('pi_whatever');
    expect((await post(payload)).status).toBe(400);
    expect((await post(payload, 't=1,v1=deadbeef')).status).toBe(400);
    expect((await post(payload, sign(payload, 'whsec_someone_else'))).status).toBe(400);
    expect((await post(payload, sign(payload, undefined, Math.floor(Date.now() / 1000) - 600))).status).toBe(400);
    // The body must be the bytes that were signed.
    expect((await post(payload.replace('pi_whatever', 'pi_other'), sign(payload))).status).toBe(400);
  });

  it('handles a signed event once: the same event id again is acknowledged without acting', async () => {
    const payload = eventFor(await paidIntent());
    const first = await post(payload, sign(payload));
    expect(first).toEqual({ status: 200, body: { received: true, outcome: 'not-authorised' } });
    expect(await post(payload, sign(payload))).toEqual({ status: 200, body: { received: true, duplicate: true } });
  });

  it('acknowledges event types it does not act on', async () => {
    const payload = eventFor('pi_any', 'payment_intent.succeeded');
    expect(await post(payload, sign(payload))).toEqual({ status: 200, body: { received: true } });
  });
});
