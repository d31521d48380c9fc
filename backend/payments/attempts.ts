/**
 * A payment attempt as the server priced it, written before Stripe is asked to confirm: what an authorised
 * payment whose order was never written (tab closed, a crash) needs to become that order, read from our own
 * table rather than from anything the browser or Stripe's metadata could carry.
 */
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { PendingOrder } from '../orders/order';
import { ddb } from '../functions/shared/aws';
import { env } from '../functions/shared/env';

export type PaymentAttempt = Omit<PendingOrder, 'id' | 'paymentIntentId'> & {
  /** The Stripe idempotency key of the attempt's PaymentIntent (its metadata.attemptId). */
  attemptId: string;
  orderId: string;
  stripeCustomerId: string;
  /** The pool's username (the token's), so a rebuilt order's receipt goes where processOrder's would. */
  customerUsername?: string;
};

/** Kept a little longer than a card authorisation lasts (7 days). */
const KEEP_SECONDS = 8 * 24 * 3600;

const key = (attemptId: string) => ({ id: `attempt#${attemptId}` });

export async function saveAttempt(attempt: PaymentAttempt): Promise<void> {
  await ddb().send(
    new PutCommand({
      TableName: env('PAYMENTS_TABLE'),
      Item: { ...attempt, ...key(attempt.attemptId), expiresAt: Math.floor(Date.now() / 1000) + KEEP_SECONDS },
    }),
  );
}

export async function readAttempt(attemptId: string): Promise<PaymentAttempt | undefined> {
  const out = await ddb().send(
    new GetCommand({ TableName: env('PAYMENTS_TABLE'), Key: key(attemptId), ConsistentRead: true }),
  );
  if (!out.Item) return undefined;
  const { id: _id, expiresAt: _expires, ...attempt } = out.Item;
  return attempt as PaymentAttempt;
}
