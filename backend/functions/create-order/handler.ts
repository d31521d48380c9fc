/**
 * processOrder, step 2: in one DynamoDB transaction write the order (only if its id is new) and take each
 * line's quantity from stock (only if enough is left). Then capture the payment. When no order is
 * written, the authorisation is cancelled, so nobody is charged without an order.
 */
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { numberKeyId, placedOrder, type Order, type PaymentOutcome } from '../../orders/order';
import { ddb } from '../shared/aws';
import { emailOf } from '../shared/cognito';
import { env } from '../shared/env';
import type { ResolverEvent } from '../shared/event';
import { AppError, asResult, type LambdaResult } from '../shared/result';
import { stripe } from '../shared/stripe';

/** Transactions on a popular book collide; a few jittered retries settle them. */
const MAX_ATTEMPTS = 8;

type WriteOutcome = { written: true } | { written: false; reason: 'exists' | 'stock' | 'conflict' };

async function writeOrder(order: Order): Promise<WriteOutcome> {
  try {
    await ddb().send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: env('ORDERS_TABLE'), Item: order, ConditionExpression: 'attribute_not_exists(id)' } },
          ...order.items.map((line) => ({
            Update: {
              TableName: env('BOOKS_TABLE'),
              Key: { id: line.bookId },
              UpdateExpression: 'SET stock = stock - :q, updatedAt = :now',
              ConditionExpression: 'attribute_exists(id) AND stock >= :q',
              ExpressionAttributeValues: { ':q': line.quantity, ':now': order.createdAt },
            },
          })),
          // Last, so the cancellation reasons above keep their places; ADD never fails a condition.
          {
            Update: {
              TableName: env('ORDERS_TABLE'),
              Key: { id: numberKeyId(order.id) },
              UpdateExpression: 'ADD orderIds :id',
              ExpressionAttributeValues: { ':id': new Set([order.id]) },
            },
          },
        ],
      }),
    );
    return { written: true };
  } catch (error) {
    if (!(error instanceof TransactionCanceledException)) throw error;
    const codes = (error.CancellationReasons ?? []).map((r) => r.Code);
    if (codes[0] === 'ConditionalCheckFailed') return { written: false, reason: 'exists' };
    if (codes.slice(1, 1 + order.items.length).includes('ConditionalCheckFailed'))
      return { written: false, reason: 'stock' };
    if (codes.some((c) => c === 'TransactionConflict')) return { written: false, reason: 'conflict' };
    throw error;
  }
}

async function readOrder(id: string): Promise<Order> {
  const out = await ddb().send(new GetCommand({ TableName: env('ORDERS_TABLE'), Key: { id }, ConsistentRead: true }));
  if (!out.Item) throw new Error(`Order ${id} vanished`);
  return out.Item as Order;
}

async function cancelPayment(order: Order): Promise<void> {
  try {
    const client = await stripe();
    await client.paymentIntents.cancel(order.paymentIntentId, {}, { idempotencyKey: `folio-${order.id}-cancel` });
  } catch (error) {
    // An uncaptured authorisation lapses by itself; log it for follow-up rather than hide the real error.
    console.error(
      `createOrder: could not cancel ${order.paymentIntentId} of order ${order.id}`,
      (error as Error).message,
    );
  }
}

async function capturePayment(order: Order): Promise<void> {
  try {
    const client = await stripe();
    await client.paymentIntents.capture(order.paymentIntentId, {}, { idempotencyKey: `folio-${order.id}-capture` });
  } catch (error) {
    // The order stands (stock is taken); an authorised but uncaptured payment is for operations to settle.
    console.error(
      `createOrder: capture of ${order.paymentIntentId} for order ${order.id} failed`,
      (error as Error).message,
    );
  }
}

const pause = (attempt: number) => new Promise((r) => setTimeout(r, Math.random() * 10 * 2 ** Math.min(attempt, 5)));

export async function createOrder(event: ResolverEvent<unknown, PaymentOutcome>): Promise<Order> {
  const outcome = event.prev;
  if (!outcome) throw new Error('createOrder runs after makePayment');
  if ('existingOrder' in outcome) return outcome.existingOrder;
  if (outcome.pending.customerId !== event.identity?.sub) throw new AppError('Unauthorized', 'Not your order');
  // The address notices go to is the pool's, read now: never the browser's, and kept if the customer changes it.
  const order = placedOrder(outcome.pending, await emailOf(event.identity?.username), new Date().toISOString());
  try {
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt += 1) {
      const result = await writeOrder(order);
      if (result.written) {
        await capturePayment(order);
        return order;
      }
      if (result.reason === 'exists') {
        // Another call with the same key won; if it paid with another intent, release this one.
        const existing = await readOrder(order.id);
        if (existing.paymentIntentId !== order.paymentIntentId) await cancelPayment(order);
        return existing;
      }
      if (result.reason === 'stock') {
        await cancelPayment(order);
        throw new AppError(
          'OutOfStock',
          'Sorry, a book in your order sold out while you were paying; you have not been charged.',
        );
      }
      await pause(attempt);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    // No order was written: release the payment, keep the cause in the logs, tell the customer plainly.
    await cancelPayment(order);
    console.error(`createOrder: order ${order.id} failed after payment was authorised`, error);
    throw new AppError('OrderFailed', 'Your order could not be saved and you have not been charged. Please try again.');
  }
  await cancelPayment(order);
  throw new AppError('Conflict', 'The store is busy; you have not been charged. Please try again.');
}

export async function handler(event: ResolverEvent<unknown, PaymentOutcome>): Promise<LambdaResult<Order>> {
  return asResult(() => createOrder(event));
}
