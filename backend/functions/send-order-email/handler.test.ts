import { marshall } from '@aws-sdk/util-dynamodb';
import { newEvents, type StreamRecord } from './handler';

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
