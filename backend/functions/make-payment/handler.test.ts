import Stripe from 'stripe';
import { fakeDocumentClient, type SentCommand } from '../../test/fake-aws';

const db = { current: fakeDocumentClient() };
const paymentIntents = { create: jest.fn(), retrieve: jest.fn() };
jest.mock('../shared/aws', () => ({ ddb: () => db.current }));
jest.mock('../shared/stripe', () => ({ stripe: async () => ({ paymentIntents }) }));

import { authoriseKey, handler } from './handler';
import { orderIdFor } from '../../orders/order-input';

const ADDRESS = { name: 'A', line1: 'L', city: 'C', postalCode: 'P', country: 'GB' };
const event = (input: Record<string, unknown>, sub = 'cust-1') => ({
  field: 'processOrder',
  arguments: {
    input: { idempotencyKey: 'key-1', paymentMethodId: 'pm_card_visa', shippingAddress: ADDRESS, ...input },
  },
  identity: { sub, groups: [] },
});

function catalog(books: Record<string, { priceCents: number; stock: number; title?: string }>, order?: object) {
  return (c: SentCommand) => {
    if (c.name === 'BatchGetCommand') {
      const ids: string[] = (c.input.RequestItems?.Books?.Keys ?? []).map((k) => k.id);
      const found = ids.filter((id) => books[id]).map((id) => ({ id, title: id, ...books[id] }));
      return { Responses: { Books: found, Orders: order ? [order] : [] } };
    }
    throw new Error(`unexpected ${c.name}`);
  };
}

beforeEach(() => {
  process.env.BOOKS_TABLE = 'Books';
  process.env.ORDERS_TABLE = 'Orders';
  process.env.CURRENCY = 'USD';
  paymentIntents.create.mockReset();
  paymentIntents.retrieve.mockReset();
});

describe('makePayment', () => {
  it('GIVEN valid lines THEN it prices them from DynamoDB and authorises that total with a derived idempotency key', async () => {
    db.current = fakeDocumentClient(catalog({ a: { priceCents: 1000, stock: 5 }, b: { priceCents: 250, stock: 1 } }));
    paymentIntents.create.mockResolvedValue({ id: 'pi_1', status: 'requires_capture', lastResponse: { headers: {} } });
    const out = await handler(
      event({
        items: [
          { bookId: 'a', quantity: 2 },
          { bookId: 'b', quantity: 1 },
        ],
      }),
    );
    const orderId = orderIdFor('cust-1', 'key-1');
    expect(out).toEqual({
      data: {
        pending: expect.objectContaining({
          id: orderId,
          customerId: 'cust-1',
          totalCents: 2250,
          paymentIntentId: 'pi_1',
          currency: 'USD',
        }),
      },
    });
    const [params, options] = paymentIntents.create.mock.calls[0];
    expect(params).toMatchObject({
      amount: 2250,
      currency: 'usd',
      capture_method: 'manual',
      confirm: true,
      payment_method: 'pm_card_visa',
      metadata: { orderId, customerId: 'cust-1' },
    });
    expect(options).toEqual({ idempotencyKey: authoriseKey(orderId, 'pm_card_visa') });
  });

  it('GIVEN a price sent by the browser THEN it is ignored', async () => {
    db.current = fakeDocumentClient(catalog({ a: { priceCents: 1000, stock: 5 } }));
    paymentIntents.create.mockResolvedValue({ id: 'pi_1', status: 'requires_capture', lastResponse: { headers: {} } });
    await handler(event({ items: [{ bookId: 'a', quantity: 1, unitPriceCents: 1 }], totalCents: 1 }));
    expect(paymentIntents.create.mock.calls[0][0].amount).toBe(1000);
  });

  it('GIVEN an order already written for this key THEN it returns it without touching Stripe', async () => {
    const order = { id: 'o', status: 'PAID' };
    db.current = fakeDocumentClient(catalog({}, order));
    expect(await handler(event({ items: [{ bookId: 'a', quantity: 1 }] }))).toEqual({ data: { existingOrder: order } });
    expect(paymentIntents.create).not.toHaveBeenCalled();
  });

  it('GIVEN an unknown book THEN NotFound; GIVEN too little stock THEN OutOfStock; Stripe is never called', async () => {
    db.current = fakeDocumentClient(catalog({ a: { priceCents: 1000, stock: 1 } }));
    expect(await handler(event({ items: [{ bookId: 'zz', quantity: 1 }] }))).toMatchObject({
      error: { type: 'NotFound' },
    });
    expect(await handler(event({ items: [{ bookId: 'a', quantity: 2 }] }))).toMatchObject({
      error: { type: 'OutOfStock' },
    });
    expect(paymentIntents.create).not.toHaveBeenCalled();
  });

  it('GIVEN a card decline THEN PaymentDeclined with the decline code', async () => {
    db.current = fakeDocumentClient(catalog({ a: { priceCents: 1000, stock: 1 } }));
    paymentIntents.create.mockRejectedValue(
      new Stripe.errors.StripeCardError({
        type: 'card_error',
        code: 'card_declined',
        decline_code: 'insufficient_funds',
        message: 'Your card has insufficient funds.',
      } as never),
    );
    expect(await handler(event({ items: [{ bookId: 'a', quantity: 1 }] }))).toEqual({
      error: {
        type: 'PaymentDeclined',
        message: 'Your card has insufficient funds.',
        info: { code: 'card_declined', declineCode: 'insufficient_funds' },
      },
    });
  });

  it('GIVEN Stripe unreachable THEN PaymentUnavailable saying nothing was charged', async () => {
    db.current = fakeDocumentClient(catalog({ a: { priceCents: 1000, stock: 1 } }));
    paymentIntents.create.mockRejectedValue(
      new Stripe.errors.StripeConnectionError({ type: 'api_connection_error', message: 'ECONNREFUSED' } as never),
    );
    const out = await handler(event({ items: [{ bookId: 'a', quantity: 1 }] }));
    expect(out).toMatchObject({
      error: { type: 'PaymentUnavailable', message: expect.stringMatching(/not been charged/) },
    });
  });

  it('GIVEN a replayed intent that was cancelled after a failed order THEN a fresh intent keyed on the cancelled one', async () => {
    db.current = fakeDocumentClient(catalog({ a: { priceCents: 1000, stock: 1 } }));
    paymentIntents.create
      .mockResolvedValueOnce({
        id: 'pi_old',
        status: 'requires_capture',
        lastResponse: { headers: { 'idempotent-replayed': 'true' } },
      })
      .mockResolvedValueOnce({ id: 'pi_new', status: 'requires_capture', lastResponse: { headers: {} } });
    paymentIntents.retrieve.mockResolvedValue({ id: 'pi_old', status: 'canceled' });
    const out = await handler(event({ items: [{ bookId: 'a', quantity: 1 }] }));
    expect(out).toMatchObject({ data: { pending: { paymentIntentId: 'pi_new' } } });
    expect(paymentIntents.create.mock.calls[1][1].idempotencyKey).toMatch(/-after-pi_old$/);
  });

  it('GIVEN no signed-in user THEN Unauthorized', async () => {
    expect(await handler({ ...event({ items: [] }), identity: null } as never)).toMatchObject({
      error: { type: 'Unauthorized' },
    });
  });
});
