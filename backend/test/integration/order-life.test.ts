/**
 * The order's life on the emulators with real tokens: every allowed and refused transition, races, refunds through
 * the Stripe emulator, the desk's lists. Each test makes its own books, customers and orders.
 */
import { randomUUID } from 'node:crypto';
import { orderNumber } from '@folio/config/web/order-number';
import {
  DELIVER_ORDER,
  DESK_CANCEL_ORDER,
  DESK_GET_ORDER,
  FIND_ORDERS,
  LIST_ORDERS,
  REFUND_ORDER,
  SHIP_ORDER,
} from '@folio/contract/documents/order-desk';
import { CANCEL_ORDER } from '@folio/contract/documents/orders';
import type { OrderStatus } from '@folio/contract/generated/operations';
import { errorTypes, gql, ok, type Auth, type GqlResponse } from './client';
import { admin, customer, makeBook, orderInput, PROCESS_ORDER, stockOf, stripeClient } from './fixtures';

interface Placed {
  id: string;
  totalCents: number;
  paymentIntentId: string;
  bookId: string;
  auth: Auth;
  email: string;
}

/** A paid order of one book (2 × 1000 cents) by a new customer. */
async function placeOrder(): Promise<Placed> {
  const book = await makeBook({ priceCents: 1000, stock: 5 });
  const { auth, tokens } = await customer();
  const input = orderInput([{ bookId: book.id, quantity: 2 }]);
  const { processOrder } = await ok(PROCESS_ORDER, { input }, auth);
  return { ...processOrder, bookId: book.id, auth, email: (tokens as { email?: string }).email ?? '' };
}

const ship = async (id: string) =>
  gql(SHIP_ORDER, { input: { id, carrier: 'Royal Mail', trackingNumber: 'RM123GB' } }, await admin());
const deliver = async (id: string) => gql(DELIVER_ORDER, { id }, await admin());
const refund = async (id: string, amountCents: number, idempotencyKey = randomUUID()) =>
  gql(REFUND_ORDER, { input: { id, idempotencyKey, amountCents, reason: 'damaged' } }, await admin());
const staffCancel = async (id: string) => gql(DESK_CANCEL_ORDER, { id }, await admin());

async function orderOf(id: string) {
  const { getOrder } = await ok(DESK_GET_ORDER, { id }, await admin());
  if (!getOrder) throw new Error(`no order ${id}`);
  return getOrder;
}

/** What Stripe has refunded of the order's payment. */
async function refundedByStripe(paymentIntentId: string): Promise<{ amount: number; refunds: number }> {
  const stripe = stripeClient();
  const intent = await stripe.paymentIntents.retrieve(paymentIntentId);
  const charge = await stripe.charges.retrieve(String(intent.latest_charge));
  return { amount: charge.amount_refunded, refunds: charge.refunds?.data.length ?? 0 };
}

const succeeded = (res: GqlResponse<unknown>) => !res.errors?.length;

describe('the order’s life', () => {
  it('GIVEN a paid order THEN staff ship, deliver, refund part and then the rest: REFUNDED, history, money back once each', async () => {
    const order = await placeOrder();
    const shipped = await ship(order.id);
    expect(shipped.errors).toBeUndefined();
    expect(shipped.data?.shipOrder).toMatchObject({
      status: 'SHIPPED',
      shipment: { carrier: 'Royal Mail', trackingNumber: 'RM123GB', shippedAt: expect.any(String) },
    });
    expect((await deliver(order.id)).data?.deliverOrder.status).toBe('DELIVERED');

    const part = await refund(order.id, 500);
    expect(part.data?.refundOrder).toMatchObject({ status: 'DELIVERED', refundedCents: 500 });
    const rest = await refund(order.id, 1500);
    expect(rest.data?.refundOrder).toMatchObject({ status: 'REFUNDED', refundedCents: 2000 });

    const stored = await orderOf(order.id);
    expect(stored.history.map((e) => [e.kind, e.status, e.actor, e.amountCents])).toEqual([
      ['PLACED', 'PAID', 'CUSTOMER', 2000],
      ['SHIPPED', 'SHIPPED', 'STAFF', null],
      ['DELIVERED', 'DELIVERED', 'STAFF', null],
      ['REFUND', 'DELIVERED', 'STAFF', 500],
      ['REFUND', 'REFUNDED', 'STAFF', 1500],
    ]);
    expect(stored.history[3].note).toBe('damaged');
    expect(stored.customerEmail).toBe(order.email);
    expect(await refundedByStripe(order.paymentIntentId)).toEqual({ amount: 2000, refunds: 2 });
  }, 30_000);

  it('GIVEN a paid order THEN its owner cancels it: CANCELLED, stock back, the payment refunded', async () => {
    const order = await placeOrder();
    expect(await stockOf(order.bookId)).toBe(3);
    const { cancelOrder } = await ok(CANCEL_ORDER, { id: order.id }, order.auth);
    expect(cancelOrder).toMatchObject({ status: 'CANCELLED' });
    expect(cancelOrder.history.at(-1)).toMatchObject({ kind: 'CANCELLED', actor: 'CUSTOMER', amountCents: 2000 });
    expect(await stockOf(order.bookId)).toBe(5);
    expect(await refundedByStripe(order.paymentIntentId)).toEqual({ amount: 2000, refunds: 1 });
  }, 30_000);

  it('GIVEN a paid order THEN staff may cancel it too (actor STAFF)', async () => {
    const order = await placeOrder();
    const res = await staffCancel(order.id);
    expect(res.data?.cancelOrder.history.at(-1)).toMatchObject({ kind: 'CANCELLED', actor: 'STAFF' });
    expect(await stockOf(order.bookId)).toBe(5);
  }, 30_000);

  it('GIVEN each state THEN every move the state machine does not allow is a Conflict and changes nothing', async () => {
    const paid = await placeOrder();
    expect(errorTypes(await deliver(paid.id))).toEqual(['Conflict']);

    const shipped = await placeOrder();
    await ship(shipped.id);
    expect(errorTypes(await ship(shipped.id))).toEqual(['Conflict']);
    expect(errorTypes(await gql(CANCEL_ORDER, { id: shipped.id }, shipped.auth))).toEqual(['Conflict']);
    expect(errorTypes(await staffCancel(shipped.id))).toEqual(['Conflict']);

    const delivered = await placeOrder();
    await ship(delivered.id);
    await deliver(delivered.id);
    expect(errorTypes(await deliver(delivered.id))).toEqual(['Conflict']);
    expect(errorTypes(await ship(delivered.id))).toEqual(['Conflict']);
    expect(errorTypes(await staffCancel(delivered.id))).toEqual(['Conflict']);

    const cancelled = await placeOrder();
    await ok(CANCEL_ORDER, { id: cancelled.id }, cancelled.auth);
    for (const res of [
      await ship(cancelled.id),
      await deliver(cancelled.id),
      await refund(cancelled.id, 100),
      await staffCancel(cancelled.id),
    ]) {
      expect(errorTypes(res)).toEqual(['Conflict']);
    }
    expect(await stockOf(cancelled.bookId)).toBe(5);

    const refunded = await placeOrder();
    await refund(refunded.id, 2000);
    for (const res of [await refund(refunded.id, 1), await ship(refunded.id), await staffCancel(refunded.id)]) {
      expect(errorTypes(res)).toEqual(['Conflict']);
    }

    const before = await orderOf(shipped.id);
    expect(before.status).toBe('SHIPPED');
    expect(before.history).toHaveLength(2);
  }, 30_000);

  it('GIVEN 2000 cents paid THEN refunding more than is left is a Conflict and nothing changes', async () => {
    const order = await placeOrder();
    await refund(order.id, 1500);
    const before = await orderOf(order.id);
    const res = await refund(order.id, 501);
    expect(errorTypes(res)).toEqual(['Conflict']);
    expect(await orderOf(order.id)).toEqual(before);
    expect(await refundedByStripe(order.paymentIntentId)).toEqual({ amount: 1500, refunds: 1 });
  }, 30_000);

  it('GIVEN the same refund key twice at once and again later THEN one refund, one event', async () => {
    const order = await placeOrder();
    const key = randomUUID();
    const both = await Promise.all([refund(order.id, 700, key), refund(order.id, 700, key)]);
    expect(both.map((r) => r.data?.refundOrder.refundedCents)).toEqual([700, 700]);
    expect((await refund(order.id, 700, key)).data?.refundOrder.refundedCents).toBe(700);
    const stored = await orderOf(order.id);
    expect(stored.refundedCents).toBe(700);
    expect(stored.history.filter((e) => e.kind === 'REFUND')).toHaveLength(1);
    expect(await refundedByStripe(order.paymentIntentId)).toEqual({ amount: 700, refunds: 1 });
  }, 30_000);

  it('GIVEN racing transitions THEN exactly one wins and the other is a Conflict', async () => {
    const order = await placeOrder();
    const race = await Promise.all([ship(order.id), gql(CANCEL_ORDER, { id: order.id }, order.auth)]);
    expect(race.filter(succeeded)).toHaveLength(1);
    expect(race.flatMap(errorTypes)).toEqual(['Conflict']);
    const stored = await orderOf(order.id);
    expect(stored.history).toHaveLength(2);
    // The stock is back only if the cancellation won.
    expect(await stockOf(order.bookId)).toBe(stored.status === 'CANCELLED' ? 5 : 3);

    const twice = await placeOrder();
    const cancels = await Promise.all([staffCancel(twice.id), gql(CANCEL_ORDER, { id: twice.id }, twice.auth)]);
    expect(cancels.filter(succeeded)).toHaveLength(1);
    expect(await stockOf(twice.bookId)).toBe(5);
    expect(await refundedByStripe(twice.paymentIntentId)).toEqual({ amount: 2000, refunds: 1 });
  }, 30_000);

  it('GIVEN someone else’s order THEN a customer cannot cancel it (NotFound) nor use staff moves (Unauthorized)', async () => {
    const order = await placeOrder();
    const { auth: stranger } = await customer();
    expect(errorTypes(await gql(CANCEL_ORDER, { id: order.id }, stranger))).toEqual(['NotFound']);
    expect(errorTypes(await gql(CANCEL_ORDER, { id: 'no-such-order' }, stranger))).toEqual(['NotFound']);
    const asOwner = order.auth;
    for (const res of [
      await gql(SHIP_ORDER, { input: { id: order.id, carrier: 'x', trackingNumber: 'y' } }, asOwner),
      await gql(DELIVER_ORDER, { id: order.id }, asOwner),
      await gql(REFUND_ORDER, { input: { id: order.id, idempotencyKey: 'k', amountCents: 1 } }, asOwner),
      await gql(LIST_ORDERS, {}, asOwner),
      await gql(FIND_ORDERS, { number: orderNumber(order.id) }, asOwner),
    ]) {
      expect(errorTypes(res)).toEqual(['Unauthorized']);
    }
    expect((await orderOf(order.id)).status).toBe('PAID');
  }, 30_000);

  it('GIVEN bad input THEN ValidationError naming the field', async () => {
    const order = await placeOrder();
    const res = await gql(SHIP_ORDER, { input: { id: order.id, carrier: ' ', trackingNumber: 'RM1' } }, await admin());
    expect(errorTypes(res)).toEqual(['ValidationError']);
    expect(res.errors?.find((e) => e.errorType)?.errorInfo?.fields).toEqual({ carrier: 'Carrier is required' });
    expect(errorTypes(await refund(order.id, 0))).toEqual(['ValidationError']);
  }, 30_000);
});

describe('the order desk’s lists', () => {
  /** Every order of listOrders, page by page, with `limit` per page. */
  async function walk(status: OrderStatus | undefined, limit: number, until: (ids: string[]) => boolean) {
    const seen: { id: string; createdAt: string; status: string }[] = [];
    let nextToken: string | null | undefined;
    do {
      const { listOrders }: { listOrders: { items: typeof seen; nextToken: string | null } } = await ok(
        LIST_ORDERS,
        { status, limit, nextToken },
        await admin(),
      );
      seen.push(...listOrders.items);
      nextToken = listOrders.nextToken;
    } while (nextToken && !until(seen.map((o) => o.id)));
    return seen;
  }

  it('GIVEN orders of several statuses THEN listOrders pages newest first, of one status or all, without repeats', async () => {
    const a = await placeOrder();
    const b = await placeOrder();
    const c = await placeOrder();
    await ship(b.id);
    const mine = [c.id, b.id, a.id];
    const hasAll = (ids: string[]) => mine.every((id) => ids.includes(id));

    const all = await walk(undefined, 2, hasAll);
    expect(new Set(all.map((o) => o.id)).size).toBe(all.length);
    expect(all.map((o) => o.createdAt)).toEqual([...all.map((o) => o.createdAt)].sort().reverse());
    expect(all.map((o) => o.id).filter((id) => mine.includes(id))).toEqual(mine);

    const paid = await walk('PAID', 1, (ids) => ids.includes(a.id) && ids.includes(c.id));
    expect(paid.every((o) => o.status === 'PAID')).toBe(true);
    expect(paid.map((o) => o.id).filter((id) => mine.includes(id))).toEqual([c.id, a.id]);
    const shipped = await walk('SHIPPED', 50, (ids) => ids.includes(b.id));
    expect(shipped.map((o) => o.id)).toContain(b.id);
  }, 30_000);

  it('GIVEN an order THEN findOrders finds it by its number (any case, spaces) and by its customer’s email', async () => {
    const order = await placeOrder();
    const number = orderNumber(order.id);
    const spaced = `${number.slice(0, 4).toLowerCase()} ${number.slice(4)}`;
    const byNumber = await ok(FIND_ORDERS, { number: spaced }, await admin());
    expect(byNumber.findOrders.items.map((o) => o.id)).toContain(order.id);

    const second = await ok(PROCESS_ORDER, { input: orderInput([{ bookId: order.bookId, quantity: 1 }]) }, order.auth);
    const byEmail = await ok(FIND_ORDERS, { email: order.email.toUpperCase() }, await admin());
    expect(byEmail.findOrders.items.map((o) => o.id)).toEqual([second.processOrder.id, order.id]);
    expect(byEmail.findOrders.items[0].customerEmail).toBe(order.email);

    const none = await ok(FIND_ORDERS, { email: `nobody-${randomUUID()}@folio.test` }, await admin());
    expect(none.findOrders).toEqual({ items: [], nextToken: null });
    expect(errorTypes(await gql(FIND_ORDERS, { number, email: order.email }, await admin()))).toEqual([
      'ValidationError',
    ]);
    expect(errorTypes(await gql(LIST_ORDERS, { nextToken: 'garbage' }, await admin()))).toEqual(['ValidationError']);
  }, 30_000);
});
