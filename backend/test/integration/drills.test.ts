/**
 * Fault drills on stacks of their own (each with a FOLIO_FAULTS switch): a failed order write after payment,
 * and Stripe down. In both, nobody is charged without an order and the customer gets a plain error.
 */
import { randomUUID } from 'node:crypto';
import Stripe from 'stripe';
import { graphql, makeBuyers, startStackProcess, type Started } from '../../bench/harness';
import { signInAdmin } from './drill-helpers';
import type { TypedDocument } from '@folio/contract/documents/typed-document';
import type {
  DrillCreateBookMutation,
  DrillCreateBookMutationVariables,
  DrillMyOrdersQuery,
  DrillMyOrdersQueryVariables,
  DrillProcessOrderMutation,
  DrillProcessOrderMutationVariables,
  DrillStockQuery,
  DrillStockQueryVariables,
} from '@folio/contract/generated/operations';

const ORDER = <TypedDocument<DrillProcessOrderMutation, DrillProcessOrderMutationVariables>>/* GraphQL */ `
  mutation DrillProcessOrder($input: ProcessOrderInput!) {
    processOrder(input: $input) {
      id
      paymentIntentId
      totalCents
    }
  }
`;
const MY_ORDERS = <TypedDocument<DrillMyOrdersQuery, DrillMyOrdersQueryVariables>>/* GraphQL */ `
  query DrillMyOrders {
    myOrders {
      items {
        id
        paymentIntentId
      }
    }
  }
`;
const STOCK = <TypedDocument<DrillStockQuery, DrillStockQueryVariables>>/* GraphQL */ `
  query DrillStock($id: ID!) {
    getBook(id: $id) {
      stock
    }
  }
`;
const CREATE_BOOK = <TypedDocument<DrillCreateBookMutation, DrillCreateBookMutationVariables>>/* GraphQL */ `
  mutation DrillCreateBook($i: CreateBookInput!) {
    createBook(input: $i) {
      id
    }
  }
`;
const ADDRESS = { name: 'Drill', line1: '1 Road', city: 'Town', postalCode: '1000', country: 'GB' };

async function bookWithStock(info: Started, stock: number): Promise<string> {
  const admin = await signInAdmin(info);
  const out = await graphql(
    info,
    CREATE_BOOK,
    { i: { title: `Drill ${randomUUID().slice(0, 6)}`, author: 'D', genre: 'mystery', priceCents: 1500, stock } },
    { authorization: admin },
  );
  return out.createBook.id;
}

const errorTypeOf = (work: Promise<unknown>) =>
  work.then(
    () => 'ok',
    (e: { errorTypes?: string[]; message: string }) => ({ type: e.errorTypes?.[0], message: e.message }),
  );

describe('drill: the order write fails after the payment was authorised', () => {
  let stack: Awaited<ReturnType<typeof startStackProcess>>;
  beforeAll(async () => {
    stack = await startStackProcess(260, { FOLIO_FAULTS: 'create-order-write:1' });
  }, 60_000);
  afterAll(() => stack?.stop());

  it('GIVEN the fault THEN the payment is cancelled with a clear error, and a retry with the same key succeeds once', async () => {
    const { info } = stack;
    const bookId = await bookWithStock(info, 3);
    const [buyer] = await makeBuyers(info, 1);
    const auth = { authorization: buyer.authorization };
    const input = {
      idempotencyKey: randomUUID(),
      paymentMethodId: 'pm_card_visa',
      shippingAddress: ADDRESS,
      items: [{ bookId, quantity: 1 }],
    };

    expect(await errorTypeOf(graphql(info, ORDER, { input }, auth))).toEqual({
      type: 'OrderFailed',
      message: expect.stringMatching(/not been charged/),
    });
    expect((await graphql(info, MY_ORDERS, {}, auth)).myOrders.items).toEqual([]);
    expect((await graphql(info, STOCK, { id: bookId }, { 'x-api-key': info.apiKey })).getBook?.stock).toBe(3);

    const first = (await graphql(info, ORDER, { input }, auth)).processOrder;
    const again = (await graphql(info, ORDER, { input }, auth)).processOrder;
    expect(again.id).toBe(first.id);
    expect((await graphql(info, MY_ORDERS, {}, auth)).myOrders.items).toHaveLength(1);
    expect((await graphql(info, STOCK, { id: bookId }, { 'x-api-key': info.apiKey })).getBook?.stock).toBe(2);

    const stripe = new Stripe(info.config.stripeSecretKey, {
      host: 'localhost',
      port: info.config.ports.stripe,
      protocol: 'http',
    });
    const intents: Stripe.PaymentIntent[] = [];
    for await (const pi of stripe.paymentIntents.list({ limit: 100 }))
      if (pi.metadata.customerId === buyer.sub) intents.push(pi);
    expect(intents.map((pi) => pi.status).sort()).toEqual(['canceled', 'succeeded']);
    expect(intents.find((pi) => pi.status === 'succeeded')!.id).toBe(first.paymentIntentId);
  }, 60_000);
});

describe('drill: the Stripe emulator is down', () => {
  let stack: Awaited<ReturnType<typeof startStackProcess>>;
  beforeAll(async () => {
    stack = await startStackProcess(270, { FOLIO_FAULTS: 'stripe-down' });
  }, 60_000);
  afterAll(() => stack?.stop());

  it('GIVEN no Stripe THEN a clear payment error, no order, stock unchanged', async () => {
    const { info } = stack;
    const bookId = await bookWithStock(info, 2);
    const [buyer] = await makeBuyers(info, 1);
    const auth = { authorization: buyer.authorization };
    const input = {
      idempotencyKey: randomUUID(),
      paymentMethodId: 'pm_card_visa',
      shippingAddress: ADDRESS,
      items: [{ bookId, quantity: 1 }],
    };
    expect(await errorTypeOf(graphql(info, ORDER, { input }, auth))).toEqual({
      type: 'PaymentUnavailable',
      message: expect.stringMatching(/not been charged/),
    });
    expect((await graphql(info, MY_ORDERS, {}, auth)).myOrders.items).toEqual([]);
    expect((await graphql(info, STOCK, { id: bookId }, { 'x-api-key': info.apiKey })).getBook?.stock).toBe(2);
  }, 60_000);
});
