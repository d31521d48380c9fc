import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { fakeDocumentClient, type SentCommand } from '../../test/fake-aws';

const db = { current: fakeDocumentClient() };
const paymentIntents = { cancel: jest.fn(), capture: jest.fn() };
jest.mock('../shared/aws', () => ({ ddb: () => db.current }));
jest.mock('../shared/stripe', () => ({ stripe: async () => ({ paymentIntents }) }));

import { handler } from './handler';

const pending = {
  id: 'order-1',
  customerId: 'cust-1',
  items: [{ bookId: 'a', title: 'A', unitPriceCents: 500, quantity: 2 }],
  totalCents: 1000,
  currency: 'USD',
  paymentIntentId: 'pi_1',
  shippingAddress: { name: 'A', line1: 'L', line2: null, city: 'C', postalCode: 'P', country: 'GB' },
};
const event = (prev: unknown, sub = 'cust-1') =>
  ({ field: 'processOrder', arguments: {}, identity: { sub, groups: [] }, prev }) as never;
const cancelled = (...codes: string[]) =>
  new TransactionCanceledException({
    message: 'cancelled',
    $metadata: {},
    CancellationReasons: codes.map((Code) => ({ Code })),
  });

beforeEach(() => {
  process.env.BOOKS_TABLE = 'Books';
  process.env.ORDERS_TABLE = 'Orders';
  paymentIntents.cancel.mockReset().mockResolvedValue({});
  paymentIntents.capture.mockReset().mockResolvedValue({});
});

describe('createOrder', () => {
  it('GIVEN an authorised payment THEN one transaction writes the order and takes stock, then the payment is captured', async () => {
    db.current = fakeDocumentClient(() => ({}));
    const out = await handler(event({ pending }));
    expect(out).toEqual({
      data: expect.objectContaining({ ...pending, status: 'PAID', createdAt: expect.any(String) }),
    });
    const [tx] = db.current.sent;
    if (tx.name !== 'TransactWriteCommand') throw new Error(`expected a TransactWriteCommand, sent ${tx.name}`);
    expect(tx.input.TransactItems?.[0].Put).toMatchObject({
      TableName: 'Orders',
      ConditionExpression: 'attribute_not_exists(id)',
    });
    expect(tx.input.TransactItems?.[1].Update).toMatchObject({
      TableName: 'Books',
      Key: { id: 'a' },
      ConditionExpression: 'attribute_exists(id) AND stock >= :q',
      ExpressionAttributeValues: expect.objectContaining({ ':q': 2 }),
    });
    expect(paymentIntents.capture).toHaveBeenCalledWith('pi_1', {}, { idempotencyKey: 'folio-order-1-capture' });
    expect(paymentIntents.cancel).not.toHaveBeenCalled();
  });

  it('GIVEN stock gone by the time of writing THEN the payment is cancelled and OutOfStock returned', async () => {
    db.current = fakeDocumentClient(() => cancelled('None', 'ConditionalCheckFailed'));
    expect(await handler(event({ pending }))).toMatchObject({ error: { type: 'OutOfStock' } });
    expect(paymentIntents.cancel).toHaveBeenCalledWith('pi_1', {}, { idempotencyKey: 'folio-cancel-pi_1' });
    expect(paymentIntents.capture).not.toHaveBeenCalled();
  });

  it('GIVEN the order already written by a concurrent call THEN that order is returned and nothing is cancelled', async () => {
    const existing = { ...pending, status: 'PAID', createdAt: '2026-01-01T00:00:00.000Z' };
    db.current = fakeDocumentClient((c: SentCommand) =>
      c.name === 'GetCommand' ? { Item: existing } : cancelled('ConditionalCheckFailed', 'None'),
    );
    expect(await handler(event({ pending }))).toEqual({ data: existing });
    expect(paymentIntents.cancel).not.toHaveBeenCalled();
  });

  it('GIVEN transaction conflicts THEN it retries until the write goes through', async () => {
    let calls = 0;
    db.current = fakeDocumentClient(() => (++calls < 3 ? cancelled('TransactionConflict', 'None') : {}));
    expect(await handler(event({ pending }))).toMatchObject({ data: { id: 'order-1' } });
    expect(calls).toBe(3);
  });

  it('GIVEN an unexpected failure after payment THEN the payment is cancelled and OrderFailed says so', async () => {
    db.current = fakeDocumentClient(() => new Error('DynamoDB is down'));
    expect(await handler(event({ pending }))).toMatchObject({
      error: { type: 'OrderFailed', message: expect.stringMatching(/not been charged/) },
    });
    expect(paymentIntents.cancel).toHaveBeenCalled();
  });

  it('GIVEN an existing order from makePayment THEN it is returned as is', async () => {
    db.current = fakeDocumentClient(() => new Error('must not be called'));
    expect(await handler(event({ existingOrder: { id: 'o' } }))).toEqual({ data: { id: 'o' } });
  });

  it("GIVEN someone else's pending order THEN Unauthorized", async () => {
    expect(await handler(event({ pending }, 'intruder'))).toMatchObject({ error: { type: 'Unauthorized' } });
  });
});
