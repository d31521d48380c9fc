/**
 * Each Folio customer is one Stripe Customer, created on their first payment and remembered in the Payments
 * table. PaymentIntents name it, so Stripe refuses a payment method attached to someone else.
 */
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type Stripe from 'stripe';
import { ddb } from '../functions/shared/aws';
import { env } from '../functions/shared/env';

/** The Payments item holding a customer's Stripe id; read with the order and books in makePayment's BatchGet. */
export const customerKey = (customerId: string) => ({ id: `customer#${customerId}` });

export async function stripeCustomerFor(
  client: Stripe,
  customerId: string,
  known: string | undefined,
): Promise<string> {
  if (known) return known;
  // Keyed on the customer: concurrent first payments get the same Stripe Customer.
  const created = await client.customers.create(
    { metadata: { customerId }, description: `Folio customer ${customerId}` },
    { idempotencyKey: `folio-customer-${customerId}` },
  );
  try {
    await ddb().send(
      new PutCommand({
        TableName: env('PAYMENTS_TABLE'),
        Item: { ...customerKey(customerId), stripeCustomerId: created.id },
        ConditionExpression: 'attribute_not_exists(id)',
      }),
    );
    return created.id;
  } catch (error) {
    if (!(error instanceof ConditionalCheckFailedException)) throw error;
    // Another request stored one first (after Stripe's idempotency window, a different one): use theirs.
    const out = await ddb().send(
      new GetCommand({ TableName: env('PAYMENTS_TABLE'), Key: customerKey(customerId), ConsistentRead: true }),
    );
    return (out.Item?.stripeCustomerId as string | undefined) ?? created.id;
  }
}
