/**
 * processOrder, step 1: check the lines against DynamoDB, price them there, and authorise the total with a
 * Stripe PaymentIntent (manual capture: nothing is charged until createOrder has written the order).
 */
import { createHash } from 'node:crypto';
import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import { priceOrder } from '@folio/contract/rules/price-order';
import type { BookItem } from '../../catalog/book-store';
import { checkOrderInput, orderIdFor, type OrderInput } from '../../orders/order-input';
import type { Order, OrderLine, PaymentOutcome } from '../../orders/order';
import { asksForOrder } from '../../orders/same-order';
import { ddb } from '../shared/aws';
import { env } from '../shared/env';
import type { ResolverEvent } from '../shared/event';
import { AppError, asResult, type LambdaResult } from '../shared/result';
import { customerKey, stripeCustomerFor } from '../../payments/customers';
import { saveAttempt } from '../../payments/attempts';
import { stripe } from '../shared/stripe';
import { authorise, checkAmount, stripeFailure } from './authorise';

type Args = { input?: unknown };

interface Reads {
  order: Order | undefined;
  books: Map<string, BookItem>;
  stripeCustomerId: string | undefined;
}

/** The order (if this key already made one), the books and the customer's Stripe id, in one BatchGetItem. */
async function read(orderId: string, customerId: string, input: OrderInput): Promise<Reads> {
  const books = env('BOOKS_TABLE');
  const orders = env('ORDERS_TABLE');
  const payments = env('PAYMENTS_TABLE');
  const out = await ddb().send(
    new BatchGetCommand({
      RequestItems: {
        [orders]: { Keys: [{ id: orderId }], ConsistentRead: true },
        [books]: { Keys: input.items.map(({ bookId }) => ({ id: bookId })), ConsistentRead: true },
        [payments]: { Keys: [customerKey(customerId)], ConsistentRead: true },
      },
    }),
  );
  if (Object.keys(out.UnprocessedKeys ?? {}).length) throw new Error('Books could not be read; try again');
  return {
    order: out.Responses?.[orders]?.[0] as Order | undefined,
    books: new Map((out.Responses?.[books] ?? []).map((b) => [b.id as string, b as BookItem])),
    stripeCustomerId: out.Responses?.[payments]?.[0]?.stripeCustomerId as string | undefined,
  };
}

function priceLines(input: OrderInput, books: Map<string, BookItem>): OrderLine[] {
  const missing = input.items.filter((l) => !books.has(l.bookId)).map((l) => l.bookId);
  if (missing.length) throw new AppError('NotFound', `No such book: ${missing.join(', ')}`, { bookIds: missing });
  const short = input.items.filter((l) => books.get(l.bookId)!.stock < l.quantity);
  if (short.length) {
    const detail = short.map((l) => ({
      bookId: l.bookId,
      title: books.get(l.bookId)!.title,
      available: books.get(l.bookId)!.stock,
    }));
    throw new AppError(
      'OutOfStock',
      `Not enough stock: ${detail.map((d) => `${d.title} (${d.available} left)`).join(', ')}`,
      { lines: detail },
    );
  }
  return input.items.map(({ bookId, quantity }) => {
    const book = books.get(bookId)!;
    return { bookId, title: book.title, unitPriceCents: book.priceCents, quantity };
  });
}

/** What this attempt is: another cart, price or address is another payment. */
const fingerprint = (items: OrderLine[], input: OrderInput) =>
  createHash('sha256')
    .update(JSON.stringify([items.map((l) => [l.bookId, l.quantity, l.unitPriceCents]), input.shippingAddress]))
    .digest('hex');

export async function makePayment(event: ResolverEvent<Args>): Promise<PaymentOutcome> {
  const customerId = event.identity?.sub;
  if (!customerId) throw new AppError('Unauthorized', 'Sign in to place an order');
  const input = checkOrderInput(event.arguments.input);
  const orderId = orderIdFor(customerId, input.idempotencyKey);
  const { order, books, stripeCustomerId: known } = await read(orderId, customerId, input);
  if (order) {
    if (asksForOrder(input, order)) return { existingOrder: order };
    throw new AppError(
      'Conflict',
      'This checkout already placed an order with other books or another address; start a new checkout.',
      { orderId: order.id },
    );
  }
  const items = priceLines(input, books);
  const { totalCents } = priceOrder(items);
  checkAmount(totalCents);
  const client = await stripe();
  const stripeCustomerId = await stripeCustomerFor(client, customerId, known).catch(stripeFailure);
  const attempt = {
    orderId,
    customerId,
    items,
    totalCents,
    currency: env('CURRENCY'),
    shippingAddress: input.shippingAddress,
    stripeCustomerId,
    customerUsername: event.identity?.username,
  };
  const intent = await authorise(client, {
    orderId,
    customerId,
    stripeCustomerId,
    totalCents,
    paymentMethodId: input.paymentMethodId,
    fingerprint: fingerprint(items, input),
    record: (attemptId) => saveAttempt({ ...attempt, attemptId }),
  });
  return {
    pending: {
      id: orderId,
      customerId,
      items,
      totalCents,
      currency: attempt.currency,
      paymentIntentId: intent.id,
      shippingAddress: input.shippingAddress,
    },
  };
}

export async function handler(event: ResolverEvent<Args>): Promise<LambdaResult<PaymentOutcome>> {
  return asResult(() => makePayment(event));
}
