/**
 * An authorised payment whose order was never written (the tab closed after 3-D Secure, a crash between
 * authorising and writing) becomes that order when stock allows, and is released otherwise. The order is built
 * from the attempt makePayment kept, and written by createOrder's own path (placeOrder), so it races safely
 * with the customer's own retry: one order per key, every other hold released.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type Stripe from 'stripe';
import type { Order } from '../orders/order';
import { capturePayment, placeOrder } from '../functions/create-order/handler';
import { ddb } from '../functions/shared/aws';
import { env } from '../functions/shared/env';
import { releaseIntent } from '../functions/make-payment/authorise';
import { AppError } from '../functions/shared/result';
import { readAttempt, type PaymentAttempt } from './attempts';
import { emailOf } from '../functions/shared/cognito';

export type Reconciled = 'not-authorised' | 'ordered' | 'released';

const matches = (attempt: PaymentAttempt, intent: Stripe.PaymentIntent) =>
  attempt.totalCents === intent.amount &&
  attempt.currency.toLowerCase() === intent.currency &&
  attempt.orderId === intent.metadata?.orderId &&
  attempt.stripeCustomerId === (typeof intent.customer === 'string' ? intent.customer : intent.customer?.id);

/** Settles one PaymentIntent, as Stripe has it now (retrieved, never taken from an event's body). */
export async function reconcileIntent(client: Stripe, intentId: string): Promise<Reconciled> {
  const intent = await client.paymentIntents.retrieve(intentId);
  if (intent.status !== 'requires_capture') return 'not-authorised';
  const attemptId = intent.metadata?.attemptId;
  const attempt = attemptId ? await readAttempt(attemptId) : undefined;
  if (!attempt || !matches(attempt, intent)) {
    // Not one of ours as we priced it: nothing to build an order from, so no reason to hold the money.
    console.error(`reconcile: ${intent.id} has no matching attempt (${attemptId ?? 'no attemptId'}); releasing it`);
    await releaseIntent(client, intent.id, 'no matching attempt');
    return 'released';
  }
  try {
    const order = await placeOrder(
      {
        id: attempt.orderId,
        customerId: attempt.customerId,
        items: attempt.items,
        totalCents: attempt.totalCents,
        currency: attempt.currency,
        paymentIntentId: intent.id,
        shippingAddress: attempt.shippingAddress,
      },
      await emailOf(attempt.customerUsername),
    );
    if (order.paymentIntentId !== intent.id) return 'released'; // another attempt made the order; placeOrder released this one
    // Written now or before (a crash after the write): either way this payment is the order's, so take it.
    await capturePayment(order);
    return 'ordered';
  } catch (error) {
    // OutOfStock, a busy store or a failed write: placeOrder has released the payment.
    if (error instanceof AppError) return 'released';
    throw error;
  }
}

/** Whether processOrder already wrote this intent's order: what a webhook usually finds, with one read. */
export async function alreadyOrdered(intent: Stripe.PaymentIntent): Promise<boolean> {
  const orderId = intent.metadata?.orderId;
  if (!orderId) return false;
  const out = await ddb().send(
    new GetCommand({ TableName: env('ORDERS_TABLE'), Key: { id: orderId }, ConsistentRead: true }),
  );
  return (out.Item as Order | undefined)?.paymentIntentId === intent.id;
}
