import Stripe from 'stripe';
import type { StripeEmulator } from './emulator';
import { encodeForm, parseForm } from './form';
import { TEST_KEY, startTestEmulator, testSdk } from './test-emulator';
import { TEST_PAYMENT_METHODS } from './test-payment-methods';

const KEY = TEST_KEY;
const start = startTestEmulator;
const sdk = testSdk;

/** Raw HTTP, to look at status codes and headers the SDK hides. */
/** What the tests read of a raw Stripe answer: the object's id or the error. */
type StripeAnswer = { id?: string; error?: { type: string; code?: string; message: string } };

async function raw(
  em: StripeEmulator,
  method: string,
  path: string,
  body?: Record<string, unknown>,
  headers: Record<string, string> = {},
) {
  const res = await fetch(em.url + path, {
    method,
    headers: { authorization: `Bearer ${KEY}`, 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: body ? encodeForm(body) : undefined,
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as StripeAnswer };
}

async function cardError(promise: Promise<unknown>): Promise<Stripe.errors.StripeCardError> {
  const err = await promise.then(
    () => {
      throw new Error('expected a card error');
    },
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(Stripe.errors.StripeCardError);
  return err as Stripe.errors.StripeCardError;
}

describe('Stripe emulator', () => {
  let em: StripeEmulator;
  let stripe: Stripe;

  beforeAll(async () => {
    em = await start();
    stripe = sdk(em);
  });
  afterAll(() => em.close());

  describe('PaymentIntents', () => {
    it('create + confirm with pm_card_visa succeeds with automatic capture', async () => {
      const pi = await stripe.paymentIntents.create({
        amount: 2599,
        currency: 'usd',
        payment_method: 'pm_card_visa',
        confirm: true,
        capture_method: 'automatic',
        metadata: { orderId: 'order-1' },
        description: 'Folio order',
      });
      expect(pi).toMatchObject({
        object: 'payment_intent',
        amount: 2599,
        amount_received: 2599,
        currency: 'usd',
        status: 'succeeded',
        capture_method: 'automatic',
        metadata: { orderId: 'order-1' },
        livemode: false,
        last_payment_error: null,
        canceled_at: null,
        cancellation_reason: null,
      });
      expect(pi.id).toMatch(/^pi_/);
      expect(pi.client_secret).toMatch(new RegExp(`^${pi.id}_secret_`));
      expect(pi.payment_method).toMatch(/^pm_/);
      expect(pi.latest_charge).toMatch(/^ch_/);

      const charge = await stripe.charges.retrieve(pi.latest_charge as string);
      expect(charge).toMatchObject({
        amount: 2599,
        captured: true,
        paid: true,
        payment_intent: pi.id,
        metadata: { orderId: 'order-1' },
      });
      const pm = await stripe.paymentMethods.retrieve(pi.payment_method as string);
      expect(pm.card).toMatchObject({ brand: 'visa', last4: '4242' });
    });

    it('defaults capture_method to automatic_async like current API versions', async () => {
      const pi = await stripe.paymentIntents.create({
        amount: 1000,
        currency: 'eur',
        payment_method: 'pm_card_mastercard',
        confirm: true,
      });
      expect(pi).toMatchObject({ status: 'succeeded', capture_method: 'automatic_async', amount_received: 1000 });
    });

    it('manual capture: requires_capture, then capture → succeeded with amount_received', async () => {
      const pi = await stripe.paymentIntents.create({
        amount: 4200,
        currency: 'usd',
        payment_method: 'pm_card_visa',
        confirm: true,
        capture_method: 'manual',
      });
      expect(pi).toMatchObject({ status: 'requires_capture', amount_capturable: 4200, amount_received: 0 });
      expect((await stripe.charges.retrieve(pi.latest_charge as string)).captured).toBe(false);

      const captured = await stripe.paymentIntents.capture(pi.id);
      expect(captured).toMatchObject({ status: 'succeeded', amount_received: 4200, amount_capturable: 0 });
      expect((await stripe.charges.retrieve(pi.latest_charge as string)).captured).toBe(true);
    });

    it('partial capture with amount_to_capture releases the rest', async () => {
      const pi = await stripe.paymentIntents.create({
        amount: 5000,
        currency: 'usd',
        payment_method: 'pm_card_amex',
        confirm: true,
        capture_method: 'manual',
      });
      const captured = await stripe.paymentIntents.capture(pi.id, { amount_to_capture: 3000 });
      expect(captured).toMatchObject({ status: 'succeeded', amount_received: 3000 });
      const charge = await stripe.charges.retrieve(pi.latest_charge as string);
      expect(charge).toMatchObject({ amount_captured: 3000, amount_refunded: 2000 });
      await expect(stripe.paymentIntents.capture(pi.id)).rejects.toMatchObject({
        statusCode: 400,
        code: 'payment_intent_unexpected_state',
      });
    });

    it('a decline throws StripeCardError and leaves the intent requires_payment_method', async () => {
      const err = await cardError(
        stripe.paymentIntents.create({
          amount: 1500,
          currency: 'usd',
          payment_method: 'pm_card_chargeDeclined',
          confirm: true,
          capture_method: 'manual',
        }),
      );
      expect(err.statusCode).toBe(402);
      expect(err.type).toBe('StripeCardError');
      expect(err.code).toBe('card_declined');
      expect(err.decline_code).toBe('generic_decline');
      expect(err.message).toBe('Your card was declined.');
      const pi = err.payment_intent!;
      expect(pi).toMatchObject({ status: 'requires_payment_method', payment_method: null, amount_received: 0 });
      expect(pi.last_payment_error).toMatchObject({
        type: 'card_error',
        code: 'card_declined',
        decline_code: 'generic_decline',
      });
      expect(pi.last_payment_error!.payment_method).toMatchObject({
        object: 'payment_method',
        card: { last4: '0002' },
      });
      expect(pi.latest_charge).toMatch(/^ch_/);
      expect((await stripe.charges.retrieve(pi.latest_charge as string)).status).toBe('failed');

      // The same intent can be confirmed again with another card.
      expect((await stripe.paymentIntents.retrieve(pi.id)).status).toBe('requires_payment_method');
      const retried = await stripe.paymentIntents.confirm(pi.id, { payment_method: 'pm_card_visa' });
      expect(retried).toMatchObject({ status: 'requires_capture', last_payment_error: null });
    });

    it('insufficient funds → decline_code insufficient_funds', async () => {
      for (const pm of [
        'pm_card_chargeDeclinedInsufficientFunds',
        'pm_card_visa_chargeDeclinedInsufficientFunds',
        'pm_card_insufficientFunds',
      ]) {
        const err = await cardError(
          stripe.paymentIntents.create({ amount: 900, currency: 'usd', payment_method: pm, confirm: true }),
        );
        expect(err).toMatchObject({
          code: 'card_declined',
          decline_code: 'insufficient_funds',
          message: 'Your card has insufficient funds.',
        });
      }
    });

    it.each([
      ['pm_card_chargeDeclinedExpiredCard', 'expired_card', undefined],
      ['pm_card_chargeDeclinedIncorrectCvc', 'incorrect_cvc', undefined],
      ['pm_card_chargeDeclinedProcessingError', 'processing_error', undefined],
      ['pm_card_chargeDeclinedFraudulent', 'card_declined', 'fraudulent'],
      ['pm_card_visa_chargeDeclinedLostCard', 'card_declined', 'lost_card'],
      ['pm_card_visa_chargeDeclinedStolenCard', 'card_declined', 'stolen_card'],
      ['pm_card_chargeCustomerFail', 'card_declined', 'generic_decline'],
    ])('%s → %s / %s', async (pm, code, declineCode) => {
      const err = await cardError(
        stripe.paymentIntents.create({ amount: 900, currency: 'usd', payment_method: pm, confirm: true }),
      );
      expect(err.code).toBe(code);
      expect(err.decline_code || undefined).toBe(declineCode); // the SDK turns a missing decline_code into ''
      expect(err.payment_intent?.status).toBe('requires_payment_method');
    });

    it('every listed test payment method is accepted', async () => {
      for (const pm of TEST_PAYMENT_METHODS) {
        const pi = await stripe.paymentIntents.create({ amount: 1000, currency: 'usd', payment_method: pm });
        expect(pi.status).toBe('requires_confirmation');
      }
    });

    it('create, then confirm separately', async () => {
      const created = await stripe.paymentIntents.create({ amount: 1000, currency: 'usd' });
      expect(created).toMatchObject({ status: 'requires_payment_method', payment_method: null, latest_charge: null });
      const withPm = await stripe.paymentIntents.update(created.id, {
        payment_method: 'pm_card_visa',
        metadata: { a: '1' },
      });
      expect(withPm).toMatchObject({ status: 'requires_confirmation', metadata: { a: '1' } });
      const confirmed = await stripe.paymentIntents.confirm(created.id);
      expect(confirmed.status).toBe('succeeded');
      await expect(stripe.paymentIntents.confirm(created.id)).rejects.toMatchObject({
        statusCode: 400,
        code: 'payment_intent_unexpected_state',
      });
    });

    it('cancel a requires_capture intent → canceled and the authorization is released', async () => {
      const pi = await stripe.paymentIntents.create({
        amount: 3100,
        currency: 'usd',
        payment_method: 'pm_card_visa',
        confirm: true,
        capture_method: 'manual',
      });
      const canceled = await stripe.paymentIntents.cancel(pi.id, { cancellation_reason: 'abandoned' });
      expect(canceled).toMatchObject({ status: 'canceled', cancellation_reason: 'abandoned', amount_capturable: 0 });
      expect(canceled.canceled_at).toEqual(expect.any(Number));
      expect(await stripe.charges.retrieve(pi.latest_charge as string)).toMatchObject({
        refunded: true,
        amount_refunded: 3100,
      });
      await expect(stripe.paymentIntents.capture(pi.id)).rejects.toMatchObject({
        statusCode: 400,
        code: 'payment_intent_unexpected_state',
      });
    });

    it('cancel from requires_payment_method works; cancelling a succeeded intent is a 400', async () => {
      const open = await stripe.paymentIntents.create({ amount: 1000, currency: 'usd' });
      expect((await stripe.paymentIntents.cancel(open.id)).status).toBe('canceled');
      const done = await stripe.paymentIntents.create({
        amount: 1000,
        currency: 'usd',
        payment_method: 'pm_card_visa',
        confirm: true,
      });
      const err = await stripe.paymentIntents.cancel(done.id).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
      expect(err).toMatchObject({ statusCode: 400, code: 'payment_intent_unexpected_state' });
      expect((err as Stripe.errors.StripeError).message).toMatch(/status of succeeded/);
    });

    it('3-D Secure test cards stop at requires_action; off_session fails with authentication_required', async () => {
      const pi = await stripe.paymentIntents.create({
        amount: 1000,
        currency: 'usd',
        payment_method: 'pm_card_threeDSecure2Required',
        confirm: true,
      });
      expect(pi).toMatchObject({ status: 'requires_action', next_action: { type: 'use_stripe_sdk' } });
      expect((await stripe.paymentIntents.cancel(pi.id)).status).toBe('canceled');
      const err = await cardError(
        stripe.paymentIntents.create({
          amount: 1000,
          currency: 'usd',
          payment_method: 'pm_card_authenticationRequired',
          confirm: true,
          off_session: true,
        }),
      );
      expect(err.code).toBe('authentication_required');
    });

    it('validates parameters like Stripe', async () => {
      await expect(
        stripe.paymentIntents.create({ currency: 'usd' } as Stripe.PaymentIntentCreateParams),
      ).rejects.toMatchObject({
        statusCode: 400,
        code: 'parameter_missing',
        param: 'amount',
      });
      await expect(stripe.paymentIntents.create({ amount: 10, currency: 'usd' })).rejects.toMatchObject({
        code: 'amount_too_small',
      });
      await expect(
        stripe.paymentIntents.create({ amount: 1000, currency: 'usd', payment_method: 'pm_nope', confirm: true }),
      ).rejects.toMatchObject({
        statusCode: 400,
        code: 'resource_missing',
        param: 'payment_method',
      });
    });

    it('unknown id → 404 resource_missing', async () => {
      const err = await stripe.paymentIntents.retrieve('pi_doesnotexist').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
      expect(err).toMatchObject({
        statusCode: 404,
        code: 'resource_missing',
        message: "No such payment_intent: 'pi_doesnotexist'",
      });
      await expect(stripe.paymentIntents.confirm('pi_doesnotexist')).rejects.toMatchObject({
        statusCode: 404,
        code: 'resource_missing',
      });
      await expect(stripe.paymentIntents.cancel('pi_doesnotexist')).rejects.toMatchObject({ statusCode: 404 });
    });

    it('expands latest_charge and payment_method', async () => {
      const pi = await stripe.paymentIntents.create({
        amount: 1000,
        currency: 'usd',
        payment_method: 'pm_card_visa',
        confirm: true,
        expand: ['latest_charge', 'payment_method'],
      });
      expect(pi.latest_charge).toMatchObject({ object: 'charge', payment_intent: pi.id });
      expect(pi.payment_method).toMatchObject({ object: 'payment_method', card: { last4: '4242' } });
    });
  });

  describe('refunds', () => {
    it('refund by payment_intent refunds its charge', async () => {
      const pi = await stripe.paymentIntents.create({
        amount: 2500,
        currency: 'usd',
        payment_method: 'pm_card_visa',
        confirm: true,
      });
      const refund = await stripe.refunds.create({ payment_intent: pi.id, amount: 1000 });
      expect(refund).toMatchObject({
        object: 'refund',
        amount: 1000,
        charge: pi.latest_charge,
        payment_intent: pi.id,
        status: 'succeeded',
      });
      const rest = await stripe.refunds.create({ payment_intent: pi.id });
      expect(rest.amount).toBe(1500);
      expect(await stripe.charges.retrieve(pi.latest_charge as string)).toMatchObject({
        refunded: true,
        amount_refunded: 2500,
      });
      await expect(stripe.refunds.create({ payment_intent: pi.id })).rejects.toMatchObject({
        statusCode: 400,
        code: 'charge_already_refunded',
      });
    });

    it('refund by charge is forwarded as is; unknown or unpaid intents are rejected', async () => {
      const pi = await stripe.paymentIntents.create({
        amount: 700,
        currency: 'usd',
        payment_method: 'pm_card_visa',
        confirm: true,
      });
      const refund = await stripe.refunds.create({ charge: pi.latest_charge as string });
      expect(refund).toMatchObject({ amount: 700, payment_intent: pi.id });
      await expect(stripe.refunds.create({ payment_intent: 'pi_missing' })).rejects.toMatchObject({
        statusCode: 400,
        code: 'resource_missing',
      });
      const open = await stripe.paymentIntents.create({ amount: 700, currency: 'usd' });
      await expect(stripe.refunds.create({ payment_intent: open.id })).rejects.toMatchObject({ statusCode: 400 });
    });
  });

  describe('delegated to stripe-stateful-mock', () => {
    it('customers and charges work', async () => {
      const customer = await stripe.customers.create({ email: 'reader@example.com' });
      expect((await stripe.customers.retrieve(customer.id)) as Stripe.Customer).toMatchObject({
        email: 'reader@example.com',
      });
      const charge = await stripe.charges.create({ amount: 1000, currency: 'usd', source: 'tok_visa' });
      expect(charge).toMatchObject({ paid: true, payment_intent: null });
      await expect(
        stripe.charges.create({ amount: 1000, currency: 'usd', source: 'tok_chargeDeclined' }),
      ).rejects.toBeInstanceOf(Stripe.errors.StripeCardError);
      // The mock answers unknown sources with a bare 500 (and logs a stack trace, muted here); the emulator gives
      // Stripe's 400.
      const mockLogPath = require.resolve('loglevel', { paths: [require.resolve('stripe-stateful-mock')] });
      const mockLog = jest.requireActual<typeof import('loglevel')>(mockLogPath);
      const level = mockLog.getLevel();
      mockLog.setLevel('silent');
      try {
        await expect(
          stripe.charges.create({ amount: 1000, currency: 'usd', source: 'pm_card_visa' }),
        ).rejects.toMatchObject({
          statusCode: 400,
          code: 'resource_missing',
          param: 'source',
        });
      } finally {
        mockLog.setLevel(level);
      }
    });

    it('unknown paths → 404 in Stripe shape', async () => {
      const res = await raw(em, 'GET', '/v1/nope');
      expect(res.status).toBe(404);
      expect(res.body.error?.type).toBe('invalid_request_error');
      expect((await raw(em, 'POST', '/v1/payment_intents/pi_x/explode', {})).status).toBe(404);
    });
  });

  describe('HTTP surface', () => {
    it('missing auth → 401', async () => {
      const res = await fetch(`${em.url}/v1/payment_intents`);
      expect(res.status).toBe(401);
      expect(((await res.json()) as StripeAnswer).error).toMatchObject({
        type: 'invalid_request_error',
        message: expect.stringMatching(/did not provide an API key/),
      });
      const live = await raw(em, 'GET', '/v1/payment_intents', undefined, {
        authorization: 'Bearer sk_live_123456789012345',
      });
      expect(live.status).toBe(401);
      const liveSdk = new Stripe('sk_live_123456789012345', { host: 'localhost', port: em.port, protocol: 'http' });
      await expect(liveSdk.paymentIntents.list()).rejects.toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
    });

    it('GET /health → 200 {ok:true} without auth', async () => {
      const res = await fetch(`${em.url}/health`);
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ ok: true });
    });

    it('sends Request-Id and echoes the Idempotency-Key', async () => {
      const res = await raw(
        em,
        'POST',
        '/v1/payment_intents',
        { amount: 1000, currency: 'usd' },
        { 'idempotency-key': 'echo-1' },
      );
      expect(res.headers.get('request-id')).toMatch(/^req_/);
      expect(res.headers.get('idempotency-key')).toBe('echo-1');
    });
  });
});

describe('idempotency', () => {
  let em: StripeEmulator;
  let slow: StripeEmulator; // 150 ms per request, so concurrent requests really overlap
  beforeAll(async () => {
    em = await start();
    slow = await start({ latencyMs: 150 });
  });
  afterAll(async () => {
    await em.close();
    await slow.close();
  });

  const params: Stripe.PaymentIntentCreateParams = {
    amount: 1234,
    currency: 'usd',
    payment_method: 'pm_card_visa',
    confirm: true,
    capture_method: 'manual',
  };

  it('the same key sent 5 times concurrently creates exactly one PaymentIntent', async () => {
    const stripe = sdk(slow);
    const results = await Promise.all(
      Array.from({ length: 5 }, () => stripe.paymentIntents.create(params, { idempotencyKey: 'order-42-authorise' })),
    );
    const ids = new Set(results.map((r) => r.id));
    expect(ids.size).toBe(1);
    const list = await stripe.paymentIntents.list({ limit: 100 });
    expect(list.data.map((p) => p.id)).toEqual([...ids]);
    expect(list.data[0].status).toBe('requires_capture');
    expect(
      (await stripe.charges.list({ limit: 100 })).data.filter((c) => c.payment_intent === results[0].id),
    ).toHaveLength(1);
  }, 20_000);

  it('a request arriving while the first is in flight gets 409 idempotency_key_in_use + Stripe-Should-Retry', async () => {
    const body = { amount: 1000, currency: 'usd', payment_method: 'pm_card_visa', confirm: 'true' };
    const headers = { 'idempotency-key': 'in-flight-1' };
    const first = raw(slow, 'POST', '/v1/payment_intents', body, headers);
    await new Promise((r) => setTimeout(r, 30));
    const second = await raw(slow, 'POST', '/v1/payment_intents', body, headers);
    expect(second.status).toBe(409);
    expect(second.headers.get('stripe-should-retry')).toBe('true');
    expect(second.body.error).toMatchObject({ type: 'idempotency_error', code: 'idempotency_key_in_use' });
    const done = await first;
    expect(done.status).toBe(200);
    const again = await raw(slow, 'POST', '/v1/payment_intents', body, headers);
    expect(again.status).toBe(200);
    expect(again.body.id).toBe(done.body.id);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.headers.get('original-request')).toBe(done.headers.get('request-id'));
  });

  it('with retries disabled, the in-flight duplicate surfaces as an error (as on api.stripe.com)', async () => {
    const stripe = sdk(slow, { maxNetworkRetries: 0 });
    const outcomes = await Promise.allSettled(
      [0, 1].map(() => stripe.paymentIntents.create(params, { idempotencyKey: 'no-retry-1' })),
    );
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    const rejected = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ statusCode: 409, code: 'idempotency_key_in_use' });
  });

  it('replays a decline without charging again', async () => {
    const stripe = sdk(em);
    const declined = { amount: 1000, currency: 'usd', payment_method: 'pm_card_chargeDeclined', confirm: true };
    const a = await cardError(stripe.paymentIntents.create(declined, { idempotencyKey: 'decline-1' }));
    const b = await cardError(stripe.paymentIntents.create(declined, { idempotencyKey: 'decline-1' }));
    expect(b.payment_intent!.id).toBe(a.payment_intent!.id);
    expect(b.headers?.['idempotent-replayed']).toBe('true');
    expect(b.payment_intent!.latest_charge).toBe(a.payment_intent!.latest_charge);
  });

  it('same key with different parameters → 400 idempotency_error', async () => {
    const stripe = sdk(em);
    await stripe.paymentIntents.create(params, { idempotencyKey: 'mismatch-1' });
    const err = await stripe.paymentIntents
      .create({ ...params, amount: 999 }, { idempotencyKey: 'mismatch-1' })
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
    expect(err).toMatchObject({ statusCode: 400, type: 'StripeIdempotencyError' });
    const other = await stripe.refunds
      .create({ charge: 'ch_x' }, { idempotencyKey: 'mismatch-1' })
      .catch((e: unknown) => e);
    expect(other).toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
    expect((other as Error).message).toMatch(/same endpoint/);
  });

  it('validation errors are not saved, so a corrected retry with the same key goes through', async () => {
    const first = await raw(em, 'POST', '/v1/payment_intents', { currency: 'usd' }, { 'idempotency-key': 'fixme-1' });
    expect(first.status).toBe(400);
    const second = await raw(
      em,
      'POST',
      '/v1/payment_intents',
      { amount: 1000, currency: 'usd' },
      { 'idempotency-key': 'fixme-1' },
    );
    expect(second.status).toBe(200);
  });

  it('applies to delegated endpoints too, once (the mock never sees the key)', async () => {
    const stripe = sdk(em);
    const a = await stripe.customers.create({ email: 'x@example.com' }, { idempotencyKey: 'cust-1' });
    const b = await stripe.customers.create({ email: 'x@example.com' }, { idempotencyKey: 'cust-1' });
    expect(b.id).toBe(a.id);
  });
});

describe('listing', () => {
  let em: StripeEmulator;
  beforeAll(async () => {
    em = await start();
  });
  afterAll(() => em.close());

  it('pages newest first with limit / starting_after / ending_before', async () => {
    const stripe = sdk(em);
    const created: string[] = [];
    for (let i = 0; i < 25; i++)
      created.push((await stripe.paymentIntents.create({ amount: 1000 + i, currency: 'usd' })).id);
    const newestFirst = [...created].reverse();

    const page1 = await stripe.paymentIntents.list({ limit: 10 });
    expect(page1).toMatchObject({ object: 'list', has_more: true, url: '/v1/payment_intents' });
    expect(page1.data.map((p) => p.id)).toEqual(newestFirst.slice(0, 10));
    const page2 = await stripe.paymentIntents.list({ limit: 10, starting_after: page1.data[9].id });
    expect(page2.data.map((p) => p.id)).toEqual(newestFirst.slice(10, 20));
    const page3 = await stripe.paymentIntents.list({ limit: 10, starting_after: page2.data[9].id });
    expect(page3.data.map((p) => p.id)).toEqual(newestFirst.slice(20));
    expect(page3.has_more).toBe(false);
    const back = await stripe.paymentIntents.list({ limit: 5, ending_before: page2.data[0].id });
    expect(back.data.map((p) => p.id)).toEqual(newestFirst.slice(5, 10));

    expect((await stripe.paymentIntents.list()).data).toHaveLength(10); // default limit
    const all = await stripe.paymentIntents.list({ limit: 7 }).autoPagingToArray({ limit: 1000 });
    expect(all.map((p) => p.id)).toEqual(newestFirst);
    expect((await stripe.paymentIntents.list({ limit: 100 })).data).toHaveLength(25);
    await expect(stripe.paymentIntents.list({ limit: 101 })).rejects.toMatchObject({ statusCode: 400, param: 'limit' });
    await expect(stripe.paymentIntents.list({ starting_after: 'pi_unknown' })).rejects.toMatchObject({
      statusCode: 404,
      code: 'resource_missing',
    });
  });
});

describe('form encoding', () => {
  it('parses bracket notation like qs', () => {
    expect(parseForm('amount=100&metadata[orderId]=o%201&expand[0]=a&expand[1]=b&x[]=1&x[]=2&note=a+b&empty=')).toEqual(
      {
        amount: '100',
        metadata: { orderId: 'o 1' },
        expand: ['a', 'b'],
        x: ['1', '2'],
        note: 'a b',
        empty: '',
      },
    );
    expect(parseForm('a[b][c]=1&a[b][d]=2&__proto__[polluted]=1')).toEqual({ a: { b: { c: '1', d: '2' } } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('round-trips what it encodes', () => {
    const data = {
      amount: '5',
      metadata: { 'order id': 'a&b=c', emoji: '📚' },
      list: ['x', 'y'],
      nested: { deep: { v: "it's" } },
    };
    expect(parseForm(encodeForm(data))).toEqual(data);
  });
});
