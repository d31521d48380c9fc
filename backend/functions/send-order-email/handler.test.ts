import { ConditionalCheckFailedException, TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { marshall } from '@aws-sdk/util-dynamodb';
import { fakeDocumentClient } from '../../test/fake-aws';

const db = { current: fakeDocumentClient() };
jest.mock('../shared/aws', () => ({ ddb: () => db.current }));

import { handler, newEvents, type StreamRecord } from './handler';

const AT = '2026-12-08T10:00:00.000Z';
const placed = { at: AT, kind: 'PLACED', status: 'PAID', actor: 'CUSTOMER' };
const shipped = { at: AT, kind: 'SHIPPED', status: 'SHIPPED', actor: 'STAFF' };
const order = (history: object[]) => ({ id: 'o1', customerId: 'c1', history });
const record = (eventName: StreamRecord['eventName'], now?: object, before?: object): StreamRecord => ({
  eventName,
  dynamodb: {
    SequenceNumber: '1',
    ...(now ? { NewImage: marshall(now) as never } : {}),
    ...(before ? { OldImage: marshall(before) as never } : {}),
  },
});

describe('newEvents', () => {
  it('an inserted order has its first event; a change has only the events it added', () => {
    expect(newEvents(record('INSERT', order([placed]))).map((e) => [e.index, e.event.kind])).toEqual([[0, 'PLACED']]);
    expect(
      newEvents(record('MODIFY', order([placed, shipped]), order([placed]))).map((e) => [e.index, e.event.kind]),
    ).toEqual([[1, 'SHIPPED']]);
  });

  it('key items, email markers and removals have none', () => {
    expect(newEvents(record('INSERT', { id: 'number#ABCDEF01', orderIds: new Set(['o1']) }))).toEqual([]);
    expect(newEvents(record('INSERT', { id: 'email#o1#0', state: 'sending' }))).toEqual([]);
    expect(newEvents(record('REMOVE', undefined, order([placed])))).toEqual([]);
  });
});

describe('handler', () => {
  const sesSend = jest.fn();
  const placedOrder = {
    ...order([placed]),
    customerEmail: 'ada@folio.test',
    currency: 'USD',
    totalCents: 1000,
    refundedCents: 0,
    items: [{ bookId: 'b', title: 'B', unitPriceCents: 1000, quantity: 1 }],
    shippingAddress: { name: 'A', line1: 'L', city: 'C', postalCode: 'P', country: 'GB' },
  };
  const batch = { Records: [record('INSERT', placedOrder)] };

  beforeAll(() => {
    process.env.ORDERS_TABLE = 'Orders';
    process.env.SENDER_EMAIL = 'orders@folio.test';
    jest.spyOn(SESv2Client.prototype, 'send').mockImplementation(sesSend);
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  beforeEach(() => sesSend.mockReset());

  it('GIVEN SES fails THEN the claim is freed and the record reported for a retry; the retry sends once', async () => {
    db.current = fakeDocumentClient(() => ({}));
    sesSend.mockRejectedValueOnce(new Error('SES down'));
    expect(await handler(batch)).toEqual({ batchItemFailures: [{ itemIdentifier: '1' }] });
    expect(db.current.sent.map((c) => c.name)).toEqual(['PutCommand', 'DeleteCommand']);

    sesSend.mockResolvedValueOnce({ MessageId: 'm1' });
    expect(await handler(batch)).toEqual({ batchItemFailures: [] });
    expect(sesSend).toHaveBeenCalledTimes(2);
    expect(db.current.sent.map((c) => c.name)).toEqual(['PutCommand', 'DeleteCommand', 'PutCommand', 'UpdateCommand']);
  });

  it('GIVEN a batch of orders THEN their markers are claimed in one write and marked sent in one', async () => {
    const many = {
      Records: ['1', '2', '3'].map((n) => ({
        ...record('INSERT', { ...placedOrder, id: `o${n}` }),
        dynamodb: { ...record('INSERT', { ...placedOrder, id: `o${n}` }).dynamodb, SequenceNumber: n },
      })),
    };
    db.current = fakeDocumentClient(() => ({}));
    sesSend.mockResolvedValue({ MessageId: 'm' });
    expect(await handler(many)).toEqual({ batchItemFailures: [] });
    expect(sesSend).toHaveBeenCalledTimes(3);
    expect(db.current.sent.map((c) => c.name)).toEqual(['TransactWriteCommand', 'BatchWriteCommand']);

    // SES fails on the second: the first is marked sent, the second's and third's claims are freed for the retry.
    sesSend.mockReset();
    sesSend.mockResolvedValueOnce({ MessageId: 'm1' }).mockRejectedValueOnce(new Error('SES down'));
    db.current = fakeDocumentClient(() => ({}));
    expect(await handler(many)).toEqual({ batchItemFailures: [{ itemIdentifier: '2' }] });
    expect(db.current.sent.map((c) => c.name)).toEqual(['TransactWriteCommand', 'BatchWriteCommand', 'UpdateCommand']);
    const freed = db.current.sent[1];
    expect(
      freed.name === 'BatchWriteCommand' && freed.input.RequestItems!.Orders.map((r) => r.DeleteRequest?.Key?.id),
    ).toEqual([expect.stringMatching(/^email#o2#/), expect.stringMatching(/^email#o3#/)]);
  });

  it('GIVEN one marker of a batch is taken THEN the others are claimed without it, and only they are sent', async () => {
    const many = {
      Records: ['1', '2'].map((n) => ({
        ...record('INSERT', { ...placedOrder, id: `o${n}` }),
        dynamodb: { ...record('INSERT', { ...placedOrder, id: `o${n}` }).dynamodb, SequenceNumber: n },
      })),
    };
    const taken = new TransactionCanceledException({
      message: 'cancelled',
      $metadata: {},
      CancellationReasons: [{ Code: 'ConditionalCheckFailed' }, { Code: 'None' }],
    });
    let transactions = 0;
    db.current = fakeDocumentClient((c) => (c.name === 'TransactWriteCommand' && transactions++ === 0 ? taken : {}));
    sesSend.mockResolvedValue({ MessageId: 'm' });
    expect(await handler(many)).toEqual({ batchItemFailures: [] });
    expect(sesSend).toHaveBeenCalledTimes(1);
    expect(db.current.sent.map((c) => c.name)).toEqual(['TransactWriteCommand', 'PutCommand', 'UpdateCommand']);
  });

  it('GIVEN the event already claimed or sent THEN no email', async () => {
    const taken = new ConditionalCheckFailedException({ message: 'taken', $metadata: {} });
    db.current = fakeDocumentClient((c) => (c.name === 'PutCommand' ? taken : {}));
    expect(await handler(batch)).toEqual({ batchItemFailures: [] });
    expect(sesSend).not.toHaveBeenCalled();
  });
});
