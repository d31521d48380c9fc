/** processOrder's payment edge cases: racing cards, reused keys, price changes, Stripe's limit. */
import { errorTypes, gql, ok } from './client';
import {
  admin,
  customer,
  makeBook,
  orderInput,
  paymentIntentsOf,
  PROCESS_ORDER,
  stockOf,
  stripeClient,
  UPDATE_BOOK,
  ADDRESS,
} from './fixtures';

// Several processOrder calls per test, on a machine that may be busy.
jest.setTimeout(60_000);

describe('processOrder payments', () => {
  it('GIVEN one key paid with four cards at once THEN one order, and every other hold is released', async () => {
    const book = await makeBook({ priceCents: 1100, stock: 10 });
    const { auth, tokens } = await customer();
    const input = orderInput([{ bookId: book.id, quantity: 1 }]);
    const cards = ['pm_card_visa', 'pm_card_mastercard', 'pm_card_amex', 'pm_card_visa_debit'];
    const answers = await Promise.all(
      cards.map((paymentMethodId) => gql(PROCESS_ORDER, { input: { ...input, paymentMethodId } }, auth)),
    );
    const orders = answers.map((a) => a.data?.processOrder).filter(Boolean);
    expect(new Set(orders.map((o) => o!.id)).size).toBe(1);
    const paidWith = orders[0]!.paymentIntentId;
    expect(await stockOf(book.id)).toBe(9);
    const intents = await paymentIntentsOf(tokens.sub);
    expect(intents.length).toBeGreaterThanOrEqual(2); // the attempts raced past the order check
    for (const pi of intents)
      expect([pi.id, pi.status]).toEqual([pi.id, pi.id === paidWith ? 'succeeded' : 'canceled']);
  });

  it('GIVEN an order for a key THEN the same key with another cart or address → Conflict; the same cart gets the order', async () => {
    const book = await makeBook({ stock: 10 });
    const { auth, tokens } = await customer();
    const input = orderInput([{ bookId: book.id, quantity: 1 }]);
    const { processOrder: order } = await ok(PROCESS_ORDER, { input }, auth);

    const moreBooks = await gql(
      PROCESS_ORDER,
      { input: { ...input, items: [{ bookId: book.id, quantity: 2 }] } },
      auth,
    );
    expect(errorTypes(moreBooks)).toEqual(['Conflict']);
    const elsewhere = await gql(
      PROCESS_ORDER,
      { input: { ...input, shippingAddress: { ...ADDRESS, city: 'Leeds' } } },
      auth,
    );
    expect(errorTypes(elsewhere)).toEqual(['Conflict']);
    expect((await ok(PROCESS_ORDER, { input }, auth)).processOrder.id).toBe(order.id);
    expect(await stockOf(book.id)).toBe(9);
    expect(await paymentIntentsOf(tokens.sub)).toHaveLength(1);
  });

  it('GIVEN a decline THEN after a price change a retry with the same key and card is declined again, not PaymentUnavailable', async () => {
    const book = await makeBook({ priceCents: 1000, stock: 10 });
    const { auth } = await customer();
    const input = orderInput([{ bookId: book.id, quantity: 1 }], { paymentMethodId: 'pm_card_chargeDeclined' });
    expect(errorTypes(await gql(PROCESS_ORDER, { input }, auth))).toEqual(['PaymentDeclined']);
    await ok(UPDATE_BOOK, { input: { id: book.id, priceCents: 1200 } }, await admin());
    expect(errorTypes(await gql(PROCESS_ORDER, { input }, auth))).toEqual(['PaymentDeclined']);
    const paid = await ok(PROCESS_ORDER, { input: { ...input, paymentMethodId: 'pm_card_visa' } }, auth);
    expect(paid.processOrder.totalCents).toBe(1200);
  });

  it('GIVEN a total above 99,999,999 minor units THEN ValidationError and Stripe is never asked', async () => {
    const books = await Promise.all(Array.from({ length: 10 }, () => makeBook({ priceCents: 1_000_000, stock: 10 })));
    const { auth, tokens } = await customer();
    const res = await gql(
      PROCESS_ORDER,
      { input: orderInput(books.map((b) => ({ bookId: b.id, quantity: 10 }))) },
      auth,
    );
    expect(errorTypes(res)).toEqual(['ValidationError']);
    expect(await paymentIntentsOf(tokens.sub)).toEqual([]);
    expect(await stockOf(books[0].id)).toBe(10);
  });

  it('GIVEN a customer THEN one Stripe Customer pays all their orders, and their saved card is refused to anyone else', async () => {
    const book = await makeBook({ stock: 10 });
    const a = await customer();
    const b = await customer();
    const line = [{ bookId: book.id, quantity: 1 }];
    await Promise.all([
      ok(PROCESS_ORDER, { input: orderInput(line) }, a.auth),
      ok(PROCESS_ORDER, { input: orderInput(line) }, a.auth),
    ]);
    const intents = await paymentIntentsOf(a.tokens.sub);
    const stripeCustomers = new Set(intents.map((pi) => pi.customer));
    expect(intents).toHaveLength(2);
    expect(stripeCustomers.size).toBe(1);
    const stripeCustomer = [...stripeCustomers][0] as string;
    expect(stripeCustomer).toMatch(/^cus_/);
    expect(await stripeClient().customers.retrieve(stripeCustomer)).toMatchObject({
      metadata: { customerId: a.tokens.sub },
    });

    const saved = await stripeClient().paymentMethods.attach('pm_card_visa', { customer: stripeCustomer });
    const stolen = await gql(PROCESS_ORDER, { input: orderInput(line, { paymentMethodId: saved.id }) }, b.auth);
    expect(errorTypes(stolen)).toEqual(['ValidationError']);
    expect(await paymentIntentsOf(b.tokens.sub)).toEqual([]);
    const own = await ok(PROCESS_ORDER, { input: orderInput(line, { paymentMethodId: saved.id }) }, a.auth);
    expect(own.processOrder.totalCents).toBe(book.priceCents);
    expect(await stockOf(book.id)).toBe(7);
  });
});
