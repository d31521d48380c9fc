/** processOrder end to end: prices from DynamoDB, Stripe through the emulator, one order per idempotency key. */
import { randomUUID } from 'node:crypto';
import { errorTypes, gql, gqlRaw, ok, type Auth } from './client';
import {
  admin,
  customer,
  GET_ORDER,
  makeBook,
  MY_ORDERS,
  orderInput,
  paymentIntentsOf,
  PROCESS_ORDER,
  stockOf,
  UPDATE_BOOK,
  ADDRESS,
  type TestBook,
  type TestOrder,
} from './fixtures';

async function ordersOf(auth: Auth): Promise<TestOrder[]> {
  return (await ok(MY_ORDERS, { limit: 100 }, auth)).myOrders.items;
}

describe('processOrder', () => {
  it('GIVEN books in stock THEN it charges the DynamoDB total once, writes the order and takes the stock', async () => {
    const a = await makeBook({ priceCents: 1299, stock: 5 });
    const b = await makeBook({ priceCents: 450, stock: 2 });
    const { auth, tokens } = await customer();
    const input = orderInput([
      { bookId: a.id, quantity: 2 },
      { bookId: b.id, quantity: 1 },
    ]);
    const { processOrder: order } = await ok(PROCESS_ORDER, { input }, auth);

    expect(order).toMatchObject({
      customerId: tokens.sub,
      totalCents: 2 * 1299 + 450,
      currency: 'USD',
      status: 'PAID',
      items: [
        { bookId: a.id, title: a.title, unitPriceCents: 1299, quantity: 2 },
        { bookId: b.id, title: b.title, unitPriceCents: 450, quantity: 1 },
      ],
      shippingAddress: { ...ADDRESS, line2: null },
    });
    expect(await stockOf(a.id)).toBe(3);
    expect(await stockOf(b.id)).toBe(1);
    const intents = await paymentIntentsOf(tokens.sub);
    expect(intents).toHaveLength(1);
    expect(intents[0]).toMatchObject({
      id: order.paymentIntentId,
      status: 'succeeded',
      amount: 3048,
      amount_received: 3048,
    });
  });

  it('GIVEN a declined card THEN PaymentDeclined, no order, stock unchanged, nothing captured', async () => {
    const book = await makeBook({ stock: 4 });
    const { auth, tokens } = await customer();
    const res = await gql(
      PROCESS_ORDER,
      { input: orderInput([{ bookId: book.id, quantity: 1 }], { paymentMethodId: 'pm_card_chargeDeclined' }) },
      auth,
    );
    expect(errorTypes(res)).toEqual(['PaymentDeclined']);
    expect(res.errors?.find((e) => e.errorType)?.message).toMatch(/declined/i);
    expect(await ordersOf(auth)).toEqual([]);
    expect(await stockOf(book.id)).toBe(4);
    expect((await paymentIntentsOf(tokens.sub)).filter((pi) => pi.status === 'succeeded')).toEqual([]);
  });

  it('GIVEN insufficient funds THEN PaymentDeclined too', async () => {
    const book = await makeBook({ stock: 4 });
    const { auth } = await customer();
    const res = await gql(
      PROCESS_ORDER,
      {
        input: orderInput([{ bookId: book.id, quantity: 1 }], {
          paymentMethodId: 'pm_card_chargeDeclinedInsufficientFunds',
        }),
      },
      auth,
    );
    expect(errorTypes(res)).toEqual(['PaymentDeclined']);
  });

  it('GIVEN more than the stock THEN OutOfStock and no PaymentIntent at all', async () => {
    const book = await makeBook({ stock: 1 });
    const { auth, tokens } = await customer();
    const res = await gql(PROCESS_ORDER, { input: orderInput([{ bookId: book.id, quantity: 2 }]) }, auth);
    expect(errorTypes(res)).toEqual(['OutOfStock']);
    expect(await paymentIntentsOf(tokens.sub)).toEqual([]);
    expect(await stockOf(book.id)).toBe(1);
  });

  it('GIVEN the same idempotencyKey 5 times at once THEN one order, one PaymentIntent, all five get it', async () => {
    const book = await makeBook({ stock: 10 });
    const { auth, tokens } = await customer();
    const input = orderInput([{ bookId: book.id, quantity: 3 }]);
    const place = () => gql(PROCESS_ORDER, { input }, auth);
    const results = await Promise.all(Array.from({ length: 5 }, place));
    for (const r of results) expect(r.errors).toBeUndefined();
    const ids = new Set(results.map((r) => r.data?.processOrder.id));
    expect(ids.size).toBe(1);
    expect(new Set(results.map((r) => r.data?.processOrder.paymentIntentId)).size).toBe(1);
    expect(await ordersOf(auth)).toHaveLength(1);
    expect(await paymentIntentsOf(tokens.sub)).toHaveLength(1);
    expect(await stockOf(book.id)).toBe(7);
    // And later, sequentially: still the same order.
    const again = await ok(PROCESS_ORDER, { input }, auth);
    expect(again.processOrder.id).toBe([...ids][0]);
  });

  it('GIVEN 20 buyers at once for a book with stock 5 THEN exactly 5 orders, stock 0, nobody charged without an order', async () => {
    const book = await makeBook({ stock: 5 });
    const buyers = await Promise.all(Array.from({ length: 20 }, () => customer()));
    const results = await Promise.all(
      buyers.map((b) => gql(PROCESS_ORDER, { input: orderInput([{ bookId: book.id, quantity: 1 }]) }, b.auth)),
    );
    const won = results.filter((r) => !r.errors);
    const lost = results.filter((r) => r.errors);
    expect(won).toHaveLength(5);
    for (const r of lost) expect(errorTypes(r)).toEqual(['OutOfStock']);
    expect(await stockOf(book.id)).toBe(0);
    for (const [i, buyer] of buyers.entries()) {
      const orders = await ordersOf(buyer.auth);
      const captured = (await paymentIntentsOf(buyer.tokens.sub)).filter((pi) => pi.status === 'succeeded');
      expect(captured.map((pi) => pi.id)).toEqual(orders.map((o) => o.paymentIntentId));
      expect(orders).toHaveLength(results[i].errors ? 0 : 1);
    }
  });
});

describe('processOrder refuses bad input and changes nothing', () => {
  let book: TestBook;
  let auth: Auth;
  let sub: string;
  beforeAll(async () => {
    book = await makeBook({ stock: 10 });
    const c = await customer();
    auth = c.auth;
    sub = c.tokens.sub;
  });
  afterEach(async () => {
    expect(await stockOf(book.id)).toBe(10);
    expect(await ordersOf(auth)).toEqual([]);
    expect(await paymentIntentsOf(sub)).toEqual([]);
  });

  const line = (quantity: number) => [{ bookId: book.id, quantity }];
  it.each([0, -1, 11])('quantity %p → ValidationError', async (quantity) => {
    expect(errorTypes(await gql(PROCESS_ORDER, { input: orderInput(line(quantity)) }, auth))).toEqual([
      'ValidationError',
    ]);
  });
  it('21 lines → ValidationError', async () => {
    const lines = Array.from({ length: 21 }, (_, i) => ({ bookId: `book-${i}`, quantity: 1 }));
    expect(errorTypes(await gql(PROCESS_ORDER, { input: orderInput(lines) }, auth))).toEqual(['ValidationError']);
  });
  it('no lines → ValidationError', async () => {
    expect(errorTypes(await gql(PROCESS_ORDER, { input: orderInput([]) }, auth))).toEqual(['ValidationError']);
  });
  it('an unknown book → NotFound', async () => {
    expect(
      errorTypes(await gql(PROCESS_ORDER, { input: orderInput([{ bookId: 'no-such-book', quantity: 1 }]) }, auth)),
    ).toEqual(['NotFound']);
  });
  it('the same book on two lines → ValidationError', async () => {
    expect(errorTypes(await gql(PROCESS_ORDER, { input: orderInput([...line(1), ...line(2)]) }, auth))).toEqual([
      'ValidationError',
    ]);
  });
  it.each([
    ['an empty name', { shippingAddress: { ...ADDRESS, name: '' } }],
    ['an empty idempotencyKey', { idempotencyKey: '' }],
    ['an empty payment method', { paymentMethodId: '' }],
    ['a 10 KB city', { shippingAddress: { ...ADDRESS, city: 'x'.repeat(10_240) } }],
    ['a 10 KB idempotencyKey', { idempotencyKey: 'k'.repeat(10_240) }],
    ['a 10 KB payment method', { paymentMethodId: `pm_${'x'.repeat(10_240)}` }],
  ])('%s → ValidationError naming the field', async (_label, extra) => {
    const res = await gql(PROCESS_ORDER, { input: orderInput(line(1), extra) }, auth);
    expect(errorTypes(res)).toEqual(['ValidationError']);
    expect(Object.keys(res.errors?.find((e) => e.errorType)?.errorInfo?.fields ?? {})).toHaveLength(1);
  });
  it('a missing required field → a GraphQL validation error', async () => {
    const { paymentMethodId: _omitted, ...input } = orderInput(line(1));
    const res = await gql(PROCESS_ORDER, { input }, auth);
    expect(res.errors?.length).toBeGreaterThan(0);
    expect(res.data ?? null).toBeNull();
  });
  it('a malformed body → 400', async () => {
    const res = await gqlRaw('{"query": "mutation { processOrder(', auth);
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.errorType).toBe('MalformedHttpRequestException');
  });
});

describe('myOrders and getOrder', () => {
  it('lists own orders newest first with paging; getOrder is owner or Admin only', async () => {
    const book = await makeBook({ stock: 10 });
    const owner = await customer();
    const other = await customer();
    const placed = [];
    for (let i = 0; i < 3; i += 1) {
      placed.push(
        (await ok(PROCESS_ORDER, { input: orderInput([{ bookId: book.id, quantity: 1 }]) }, owner.auth)).processOrder
          .id,
      );
      await new Promise((r) => setTimeout(r, 5));
    }
    const page1 = (await ok(MY_ORDERS, { limit: 2 }, owner.auth)).myOrders;
    const page2 = (await ok(MY_ORDERS, { limit: 2, nextToken: page1.nextToken }, owner.auth)).myOrders;
    expect([...page1.items, ...page2.items].map((o) => o.id)).toEqual([...placed].reverse());
    expect(await ordersOf(other.auth)).toEqual([]);

    expect((await ok(GET_ORDER, { id: placed[0] }, owner.auth)).getOrder?.id).toBe(placed[0]);
    expect((await ok(GET_ORDER, { id: placed[0] }, other.auth)).getOrder).toBeNull();
    expect((await ok(GET_ORDER, { id: placed[0] }, await admin())).getOrder?.id).toBe(placed[0]);
    expect((await ok(GET_ORDER, { id: 'no-such-order' }, owner.auth)).getOrder).toBeNull();
  });

  it('an order keeps its title and price after the book changes', async () => {
    const book = await makeBook({ priceCents: 1000, stock: 3 });
    const { auth } = await customer();
    const { processOrder: order } = await ok(
      PROCESS_ORDER,
      { input: orderInput([{ bookId: book.id, quantity: 1 }]) },
      auth,
    );
    await ok(
      UPDATE_BOOK,
      { input: { id: book.id, title: `Renamed ${randomUUID().slice(0, 4)}`, priceCents: 5000 } },
      await admin(),
    );
    const { getOrder } = await ok(GET_ORDER, { id: order.id }, auth);
    expect(getOrder?.items[0]).toMatchObject({ title: book.title, unitPriceCents: 1000 });
    expect(getOrder?.totalCents).toBe(1000);
  });
});
