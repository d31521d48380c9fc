/**
 * No authorised payment is left without its order: one whose processOrder never finished (the customer closed
 * the tab after 3-D Secure; a crash between authorising and writing) becomes its order, or is released when
 * the stock is gone. The crash is made by running makePayment's own code here and never createOrder.
 */
import type Stripe from 'stripe';
import { orderNumber } from '@folio/config/web/order-number';
import { makePayment } from '../../functions/make-payment/handler';
import { sweepAuthorisations } from '../../payments/sweep';
import { localConfig } from '../../local/config';
import { lambdaEnv } from '../../local/lambda-env';
import { errorTypes, gql, ok, type Auth } from './client';
import {
  admin,
  customer,
  makeBook,
  MY_ORDERS,
  orderInput,
  PROCESS_ORDER,
  stockOf,
  stripeClient,
  UPDATE_BOOK,
  type TestOrder,
} from './fixtures';
import { stackInfo } from './stack-info';

// Each test may wait up to a minute for reconciliation.
jest.setTimeout(90_000);

const saved = { ...process.env };
beforeAll(() => Object.assign(process.env, lambdaEnv(localConfig())));
afterAll(() => {
  process.env = saved;
});

async function eventually<T>(what: string, probe: () => Promise<T | undefined>, withinMs = 60_000): Promise<T> {
  const until = Date.now() + withinMs;
  for (;;) {
    const found = await probe();
    if (found !== undefined) return found;
    if (Date.now() > until) throw new Error(`not within ${withinMs} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function receiptsTo(email: string, number: string): Promise<unknown[]> {
  const { emails } = (await (await fetch(`${stackInfo().sesUrl}/store`)).json()) as {
    emails: { subject: string; destination: { to: string[] } }[];
  };
  return emails.filter((e) => e.destination.to.includes(email) && e.subject === `Your Folio order ${number}`);
}

const orderOf = (auth: Auth, paymentIntentId: string) =>
  eventually<TestOrder>(`the order paid by ${paymentIntentId}`, async () =>
    (await ok(MY_ORDERS, { limit: 100 }, auth)).myOrders.items.find((o) => o.paymentIntentId === paymentIntentId),
  );

const intentStatus = (id: string, status: Stripe.PaymentIntent.Status) =>
  eventually(`${id} ${status}`, async () =>
    (await stripeClient().paymentIntents.retrieve(id)).status === status ? true : undefined,
  );

/** makePayment alone, as if its Lambda's caller died before createOrder ran. */
async function authoriseOnly(sub: string, input: ReturnType<typeof orderInput>): Promise<string> {
  const outcome = await makePayment({ field: 'processOrder', arguments: { input }, identity: { sub, groups: [] } });
  if (!('pending' in outcome)) throw new Error('expected an authorised payment');
  return outcome.pending.paymentIntentId;
}

describe('reconciliation', () => {
  it('completes 3-D Secure and closes the page: the order appears within a minute, paid', async () => {
    const book = await makeBook({ priceCents: 2100, stock: 4 });
    const { auth, tokens } = await customer();
    const input = orderInput([{ bookId: book.id, quantity: 2 }], { paymentMethodId: 'pm_card_authenticationRequired' });
    const res = await gql(PROCESS_ORDER, { input }, auth);
    expect(errorTypes(res)).toEqual(['PaymentActionRequired']);
    const info = res.errors!.find((e) => e.errorType)!.errorInfo as unknown as {
      clientSecret: string;
      paymentIntentId: string;
    };
    const pi = await stripeClient().paymentIntents.retrieve(info.paymentIntentId);
    const page = new URL((pi.next_action!.use_stripe_sdk as { stripe_js: string }).stripe_js);
    await fetch(`${page.origin}/3ds/${info.paymentIntentId}/complete`, {
      method: 'POST',
      body: new URLSearchParams({ client_secret: info.clientSecret }),
    });

    const order = await orderOf(auth, info.paymentIntentId);
    expect(order).toMatchObject({ totalCents: 4200, status: 'PAID' });
    expect(await stockOf(book.id)).toBe(2);
    await intentStatus(info.paymentIntentId, 'succeeded');
    // The customer's browser comes back later: the same key finds that order.
    expect((await ok(PROCESS_ORDER, { input }, auth)).processOrder.id).toBe(order.id);
    // The rebuilt order's receipt goes to the pool's address, as processOrder's would.
    const receipts = await eventually(`the receipt to ${tokens.email}`, async () => {
      const mails = await receiptsTo(tokens.email, orderNumber(order.id));
      return mails.length > 0 ? mails : undefined;
    });
    expect(receipts).toHaveLength(1);
  });

  it('authorised but never written (a crash): the order appears within a minute from the kept attempt', async () => {
    const book = await makeBook({ priceCents: 700, stock: 3 });
    const { auth, tokens } = await customer();
    const input = orderInput([{ bookId: book.id, quantity: 1 }]);
    const intentId = await authoriseOnly(tokens.sub, input);
    const order = await orderOf(auth, intentId);
    expect(order).toMatchObject({ customerId: tokens.sub, totalCents: 700, items: [{ bookId: book.id, quantity: 1 }] });
    expect(await stockOf(book.id)).toBe(2);
    await intentStatus(intentId, 'succeeded');
  });

  it('authorised but the stock went meanwhile: the payment is released, no order', async () => {
    const book = await makeBook({ stock: 1 });
    const { auth, tokens } = await customer();
    const intentId = await authoriseOnly(tokens.sub, orderInput([{ bookId: book.id, quantity: 1 }]));
    await ok(UPDATE_BOOK, { input: { id: book.id, stock: 0 } }, await admin());
    await intentStatus(intentId, 'canceled');
    expect((await ok(MY_ORDERS, { limit: 100 }, auth)).myOrders.items).toEqual([]);
  });

  it('the scheduled sweep settles authorised payments on its own (the backstop for lost webhooks)', async () => {
    const book = await makeBook({ priceCents: 800, stock: 2 });
    const { auth, tokens } = await customer();
    const intentId = await authoriseOnly(tokens.sub, orderInput([{ bookId: book.id, quantity: 1 }]));
    // Before the webhook's delivery (a second later): nothing has settled it yet.
    const counts = await sweepAuthorisations(stripeClient(), { graceSeconds: 0 });
    expect(counts.ordered).toBeGreaterThanOrEqual(1);
    expect((await orderOf(auth, intentId)).totalCents).toBe(800);
    await intentStatus(intentId, 'succeeded');
  });
});
