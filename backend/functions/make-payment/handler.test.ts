import Stripe from 'stripe';
import { fakeDocumentClient, type SentCommand } from '../../test/fake-aws';

const db = { current: fakeDocumentClient() };
const paymentIntents = { create: jest.fn(), retrieve: jest.fn(), cancel: jest.fn() };
jest.mock('../shared/aws', () => ({ ddb: () => db.current }));
const customers = { create: jest.fn() };
jest.mock('../shared/stripe', () => ({ stripe: async () => ({ paymentIntents, customers }) }));

import { authoriseKey } from './authorise';
import { handler } from './handler';
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
      const customer = { id: 'customer#cust-1', stripeCustomerId: 'cus_1' };
      return { Responses: { Books: found, Orders: order ? [order] : [], Payments: [customer] } };
    }
    if (c.name === 'PutCommand') return {};
    throw new Error(`unexpected ${c.name}`);
  };
}

beforeEach(() => {
  process.env.BOOKS_TABLE = 'Books';
  process.env.ORDERS_TABLE = 'Orders';
  process.env.CURRENCY = 'USD';
  process.env.PAYMENTS_TABLE = 'Payments';
  paymentIntents.create.mockReset();
  paymentIntents.retrieve.mockReset();
  paymentIntents.cancel.mockReset();
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
      metadata: { orderId, customerId: 'cust-1', attemptId: options.idempotencyKey },
    });
    expect(options.idempotencyKey).toMatch(new RegExp(`^folio-${orderId}-[0-9a-f]{16}$`));
    expect(params.customer).toBe('cus_1');
    // The attempt is kept, as priced here, before Stripe may authorise it.
    const put = db.current.sent.find((c) => c.name === 'PutCommand');
    expect(put?.input).toMatchObject({
      TableName: 'Payments',
      Item: {
        id: `attempt#${options.idempotencyKey}`,
        customerId: 'cust-1',
        stripeCustomerId: 'cus_1',
        totalCents: 2250,
        items: [expect.objectContaining({ bookId: 'a', unitPriceCents: 1000, quantity: 2 }), expect.anything()],
        shippingAddress: ADDRESS,
      },
    });
  });

  it('GIVEN a price sent by the browser THEN it is ignored', async () => {
    db.current = fakeDocumentClient(catalog({ a: { priceCents: 1000, stock: 5 } }));
    paymentIntents.create.mockResolvedValue({ id: 'pi_1', status: 'requires_capture', lastResponse: { headers: {} } });
    await handler(event({ items: [{ bookId: 'a', quantity: 1, unitPriceCents: 1 }], totalCents: 1 }));
    expect(paymentIntents.create.mock.calls[0][0].amount).toBe(1000);
  });

  it('GIVEN an order already written for this key with other books or address THEN Conflict, not the old order', async () => {
    const order = { id: 'o', status: 'PAID', items: [{ bookId: 'a', quantity: 1 }], shippingAddress: ADDRESS };
    db.current = fakeDocumentClient(catalog({}, order));
    expect(await handler(event({ items: [{ bookId: 'a', quantity: 2 }] }))).toMatchObject({
      error: { type: 'Conflict', info: { orderId: 'o' } },
    });
    expect(
      await handler(event({ items: [{ bookId: 'a', quantity: 1 }], shippingAddress: { ...ADDRESS, city: 'D' } })),
    ).toMatchObject({ error: { type: 'Conflict' } });
    expect(paymentIntents.create).not.toHaveBeenCalled();
  });

  it('GIVEN a total above what Stripe accepts THEN ValidationError before Stripe is called', async () => {
    db.current = fakeDocumentClient(catalog({ a: { priceCents: 50_000_000, stock: 5 } }));
    expect(await handler(event({ items: [{ bookId: 'a', quantity: 2 }] }))).toMatchObject({
      error: { type: 'ValidationError' },
    });
    expect(paymentIntents.create).not.toHaveBeenCalled();
  });

  it('GIVEN a card that needs 3-D Secure THEN PaymentActionRequired with the client secret', async () => {
    db.current = fakeDocumentClient(catalog({ a: { priceCents: 1000, stock: 5 } }));
    paymentIntents.create.mockResolvedValue({
      id: 'pi_3ds',
      status: 'requires_action',
      client_secret: 'pi_3ds_secret_x',
      lastResponse: { headers: {} },
    });
    expect(await handler(event({ items: [{ bookId: 'a', quantity: 1 }] }))).toMatchObject({
      error: {
        type: 'PaymentActionRequired',
        info: { clientSecret: 'pi_3ds_secret_x', paymentIntentId: 'pi_3ds' },
      },
    });
  });

  it('GIVEN the replayed intent failed authentication THEN it is released and the answer is PaymentDeclined', async () => {
    db.current = fakeDocumentClient(catalog({ a: { priceCents: 1000, stock: 5 } }));
    paymentIntents.create.mockResolvedValue({
      id: 'pi_3ds',
      status: 'requires_action',
      lastResponse: { headers: { 'idempotent-replayed': 'true' } },
    });
    paymentIntents.retrieve.mockResolvedValue({
      id: 'pi_3ds',
      status: 'requires_payment_method',
      last_payment_error: { code: 'payment_intent_authentication_failure' },
    });
    expect(await handler(event({ items: [{ bookId: 'a', quantity: 1 }] }))).toMatchObject({
      error: { type: 'PaymentDeclined', info: { code: 'payment_intent_authentication_failure' } },
    });
    expect(paymentIntents.cancel).toHaveBeenCalledWith('pi_3ds', {}, { idempotencyKey: 'folio-cancel-pi_3ds' });
  });

  it('GIVEN the price changed since a declined attempt THEN the retry uses another Stripe key', () => {
    const req = { orderId: 'o', customerId: 'c', totalCents: 1000, paymentMethodId: 'pm_card_visa', fingerprint: 'f1' };
    expect(authoriseKey(req)).not.toBe(authoriseKey({ ...req, fingerprint: 'f2' }));
    expect(authoriseKey(req)).toBe(authoriseKey({ ...req }));
  });

  it('GIVEN an order already written for this key THEN it returns it without touching Stripe', async () => {
    const order = { id: 'o', status: 'PAID', items: [{ bookId: 'a', quantity: 1 }], shippingAddress: ADDRESS };
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
