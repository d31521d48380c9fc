import http from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import type { StripeEmulator } from './emulator';
import { startTestEmulator, testSdk } from './test-emulator';

const SECRET = 'whsec_emulator_test';

interface Received {
  event: Stripe.Event;
  signature: string;
}

/** A webhook endpoint that answers each delivery with the next status of `statuses` (then 200). */
async function endpoint(statuses: number[] = []) {
  const received: Received[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const signature = String(req.headers['stripe-signature']);
      received.push({ event: new Stripe('sk_test_x').webhooks.constructEvent(body, signature, SECRET), signature });
      res.writeHead(statuses.shift() ?? 200).end();
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`;
  return { url, received, close: () => new Promise<void>((r) => server.close(() => r())) };
}

async function until(check: () => boolean, ms = 5_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('webhook events', () => {
  let em: StripeEmulator | undefined;
  let hook: Awaited<ReturnType<typeof endpoint>> | undefined;
  afterEach(async () => {
    await em?.close();
    await hook?.close();
  });

  it('sends signed events for each change of an intent, only the enabled types', async () => {
    hook = await endpoint();
    em = await startTestEmulator({
      webhook: {
        url: hook.url,
        secret: SECRET,
        deliveryDelayMs: 0,
        enabledEvents: ['payment_intent.amount_capturable_updated', 'payment_intent.succeeded'],
      },
    });
    const stripe = testSdk(em);
    const pi = await stripe.paymentIntents.create({
      amount: 1200,
      currency: 'usd',
      payment_method: 'pm_card_visa',
      confirm: true,
      capture_method: 'manual',
    });
    await stripe.paymentIntents.capture(pi.id);
    await until(() => hook!.received.length === 2);
    const seen = hook.received.map(({ event }) => [event.type, (event.data.object as Stripe.PaymentIntent).status]);
    expect(seen.sort()).toEqual([
      ['payment_intent.amount_capturable_updated', 'requires_capture'],
      ['payment_intent.succeeded', 'succeeded'],
    ]);
    expect(hook.received[0].signature).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
  });

  it('names declines, cancellations and 3-D Secure steps as Stripe does', async () => {
    hook = await endpoint();
    em = await startTestEmulator({ webhook: { url: hook.url, secret: SECRET, deliveryDelayMs: 0 } });
    const stripe = testSdk(em);
    await stripe.paymentIntents
      .create({ amount: 500, currency: 'usd', payment_method: 'pm_card_chargeDeclined', confirm: true })
      .catch(() => undefined);
    const action = await stripe.paymentIntents.create({
      amount: 500,
      currency: 'usd',
      payment_method: 'pm_card_authenticationRequired',
      confirm: true,
    });
    await stripe.paymentIntents.cancel(action.id);
    await until(() => hook!.received.length === 5);
    expect(hook.received.map(({ event }) => event.type).sort()).toEqual([
      'payment_intent.canceled',
      'payment_intent.created',
      'payment_intent.created',
      'payment_intent.payment_failed',
      'payment_intent.requires_action',
    ]);
  });

  it('retries with back-off until the endpoint answers 2xx, with the same event id', async () => {
    hook = await endpoint([500, 503]);
    em = await startTestEmulator({
      webhook: {
        url: hook.url,
        secret: SECRET,
        deliveryDelayMs: 0,
        retryDelaysMs: [50, 100, 100],
        enabledEvents: ['payment_intent.created'],
      },
    });
    const started = Date.now();
    await testSdk(em).paymentIntents.create({ amount: 700, currency: 'usd' });
    await until(() => hook!.received.length === 3);
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    expect(new Set(hook.received.map(({ event }) => event.id)).size).toBe(1);
    await new Promise((r) => setTimeout(r, 250));
    expect(hook.received).toHaveLength(3); // delivered: no more attempts
  });
});

describe('customers and payment methods', () => {
  let em: StripeEmulator;
  let stripe: Stripe;
  beforeAll(async () => {
    em = await startTestEmulator();
    stripe = testSdk(em);
  });
  afterAll(() => em.close());

  it("a method attached to a customer pays only that customer's intents", async () => {
    const alice = await stripe.customers.create({ email: 'a@example.com' });
    const bob = await stripe.customers.create({ email: 'b@example.com' });
    const card = await stripe.paymentMethods.attach('pm_card_visa', { customer: alice.id });
    expect(card).toMatchObject({ id: expect.stringMatching(/^pm_/), customer: alice.id });
    await expect(stripe.paymentMethods.attach(card.id, { customer: bob.id })).rejects.toMatchObject({
      type: 'StripeInvalidRequestError',
    });

    const intent = (customer?: string) =>
      stripe.paymentIntents.create({ amount: 900, currency: 'usd', payment_method: card.id, customer, confirm: true });
    expect((await intent(alice.id)).status).toBe('succeeded');
    await expect(intent(bob.id)).rejects.toMatchObject({ type: 'StripeInvalidRequestError', param: 'payment_method' });
    await expect(intent()).rejects.toMatchObject({ param: 'payment_method' });

    await stripe.paymentMethods.detach(card.id);
    expect((await intent(bob.id)).status).toBe('succeeded');
  });

  it('an intent naming an unknown customer is refused; a known one pays every time', async () => {
    const pay = (customer: string) =>
      stripe.paymentIntents.create({
        amount: 700,
        currency: 'usd',
        payment_method: 'pm_card_visa',
        customer,
        confirm: true,
      });
    const refused = { type: 'StripeInvalidRequestError', code: 'resource_missing', param: 'customer' };
    await expect(pay('cus_nobody')).rejects.toMatchObject(refused);
    const carol = await stripe.customers.create({ email: 'c@example.com' });
    expect((await pay(carol.id)).status).toBe('succeeded');
    expect((await pay(carol.id)).status).toBe('succeeded');
    await expect(pay('cus_nobody')).rejects.toMatchObject(refused);
  });

  it('lists intents by creation time', async () => {
    const pi = await stripe.paymentIntents.create({ amount: 100, currency: 'usd' });
    const ids = async (created: Stripe.RangeQueryParam) =>
      (await stripe.paymentIntents.list({ created, limit: 100 })).data.map((p) => p.id);
    expect(await ids({ gte: pi.created - 1 })).toContain(pi.id);
    expect(await ids({ lt: pi.created })).not.toContain(pi.id);
    expect(await ids({ lte: pi.created - 60 })).not.toContain(pi.id);
  });
});
