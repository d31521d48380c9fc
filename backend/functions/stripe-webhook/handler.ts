/**
 * Stripe's webhook endpoint (CDK: a Lambda Function URL; locally POST /stripe/webhook on the gateway). Only
 * events signed with the endpoint's secret, and recent (stripe's default tolerance, 300 s), are read; each
 * event id is acted on once (a conditional write), and a failure answers 500 so that Stripe sends it again.
 * The intent is settled from Stripe's current state (reconcileIntent retrieves it), not from the event's copy.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import Stripe from 'stripe';
import { alreadyOrdered, reconcileIntent } from '../../payments/reconcile';
import { ddb } from '../shared/aws';
import { env } from '../shared/env';
import { stripe, webhookSecret } from '../shared/stripe';

/** The part of a Function URL (API Gateway v2) event this handler reads. */
export interface HttpEvent {
  headers?: Record<string, string | undefined>;
  body?: string;
  isBase64Encoded?: boolean;
}

export interface HttpResult {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}

const answer = (statusCode: number, body: unknown): HttpResult => ({
  statusCode,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

/** The events that can leave an authorised payment without its order; the rest need nothing from us. */
const ACTS_ON = new Set(['payment_intent.amount_capturable_updated']);

/** How long an event id is remembered: Stripe retries for up to 3 days. */
const REMEMBER_SECONDS = 4 * 24 * 3600;

const eventKey = (id: string) => ({ id: `event#${id}` });

/** Claims the event; false when it was handled (or is being handled) already. */
async function claim(event: Stripe.Event): Promise<boolean> {
  try {
    await ddb().send(
      new PutCommand({
        TableName: env('PAYMENTS_TABLE'),
        Item: { ...eventKey(event.id), type: event.type, expiresAt: Math.floor(Date.now() / 1000) + REMEMBER_SECONDS },
        ConditionExpression: 'attribute_not_exists(id)',
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

async function unclaim(event: Stripe.Event): Promise<void> {
  await ddb().send(new DeleteCommand({ TableName: env('PAYMENTS_TABLE'), Key: eventKey(event.id) }));
}

export async function handler(request: HttpEvent): Promise<HttpResult> {
  const body = Buffer.from(request.body ?? '', request.isBase64Encoded ? 'base64' : 'utf8');
  const signatureHeader = request.headers?.['stripe-signature'];
  if (!signatureHeader) return answer(400, { error: 'Missing Stripe-Signature' });
  const client = await stripe();
  let event: Stripe.Event;
  try {
    event = client.webhooks.constructEvent(body, signatureHeader, await webhookSecret());
  } catch (error) {
    if (!(error instanceof Stripe.errors.StripeSignatureVerificationError)) throw error;
    return answer(400, { error: 'Invalid signature' });
  }
  if (!ACTS_ON.has(event.type)) return answer(200, { received: true });
  const intent = event.data.object as Stripe.PaymentIntent;
  // Usually processOrder has written the order by now: nothing to do, so nothing to claim.
  if (await alreadyOrdered(intent)) return answer(200, { received: true, outcome: 'ordered' });
  if (!(await claim(event))) return answer(200, { received: true, duplicate: true });
  try {
    const outcome = await reconcileIntent(client, intent.id);
    return answer(200, { received: true, outcome });
  } catch (error) {
    console.error(`stripe-webhook: ${event.type} ${event.id} failed; Stripe will retry`, error);
    await unclaim(event);
    return answer(500, { error: 'Not handled; retry' });
  }
}
