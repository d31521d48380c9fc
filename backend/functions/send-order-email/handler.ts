/**
 * The orders table's stream → SES v2 SendEmail: one email per new event of an order's history, sent after the
 * order is written, so an email never blocks or fails an order. On AWS a DynamoDB stream event source invokes it;
 * locally backend/local/order-stream.ts reads DynamoDB Local's stream and calls it with the same event.
 *
 * Once per event: a marker item (email#<order>#<index>#<at>) is claimed with a conditional write before sending and
 * marked sent after; a failed send frees the claim and reports the record, so it is retried. A claim left by a
 * crashed send expires after CLAIM_MS.
 */
import { ConditionalCheckFailedException, type AttributeValue } from '@aws-sdk/client-dynamodb';
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { DeleteCommand, PutCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { orderEmail, type Email } from '../../orders/emails';
import type { Order, OrderEvent } from '../../orders/order';
import { ddb } from '../shared/aws';
import { env, optionalEnv } from '../shared/env';

/** The part of a DynamoDB stream record this handler reads (Lambda's DynamoDBStreamEvent). */
export interface StreamRecord {
  eventName?: 'INSERT' | 'MODIFY' | 'REMOVE';
  dynamodb?: {
    SequenceNumber?: string;
    NewImage?: Record<string, AttributeValue>;
    OldImage?: Record<string, AttributeValue>;
  };
}
export interface StreamEvent {
  Records: StreamRecord[];
}
export interface BatchResult {
  batchItemFailures: { itemIdentifier: string }[];
}

export const CLAIM_MS = 60_000;

let client: SESv2Client | undefined;
const ses = () => (client ??= new SESv2Client({ endpoint: optionalEnv('SES_ENDPOINT'), maxAttempts: 3 }));

const image = (raw?: Record<string, AttributeValue>) =>
  raw ? (unmarshall(raw as Parameters<typeof unmarshall>[0]) as Partial<Order>) : undefined;

/** The events a change added to an order's history (none for key items, markers or removals). */
export function newEvents(record: StreamRecord): { order: Order; event: OrderEvent; index: number }[] {
  const now = image(record.dynamodb?.NewImage);
  if (record.eventName === 'REMOVE' || !now?.customerId || !now.history) return [];
  const before = image(record.dynamodb?.OldImage)?.history?.length ?? 0;
  const order = now as Order;
  return order.history.slice(before).map((event, i) => ({ order, event, index: before + i }));
}

const markerId = (order: Order, index: number, event: OrderEvent) => `email#${order.id}#${index}#${event.at}`;

async function claim(id: string): Promise<boolean> {
  const now = Date.now();
  try {
    await ddb().send(
      new PutCommand({
        TableName: env('ORDERS_TABLE'),
        Item: { id, state: 'sending', until: now + CLAIM_MS },
        ConditionExpression: 'attribute_not_exists(id) OR (#state = :sending AND #until < :now)',
        ExpressionAttributeNames: { '#state': 'state', '#until': 'until' },
        ExpressionAttributeValues: { ':sending': 'sending', ':now': now },
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

async function send(to: string, mail: Email): Promise<string | undefined> {
  const out = await ses().send(
    new SendEmailCommand({
      FromEmailAddress: env('SENDER_EMAIL'),
      Destination: { ToAddresses: [to] },
      Content: {
        Simple: {
          Subject: { Data: mail.subject, Charset: 'UTF-8' },
          Body: { Text: { Data: mail.text, Charset: 'UTF-8' }, Html: { Data: mail.html, Charset: 'UTF-8' } },
        },
      },
    }),
  );
  return out.MessageId;
}

async function notify(order: Order, event: OrderEvent, index: number): Promise<void> {
  const mail = orderEmail(order, event);
  if (!mail || !order.customerEmail) return;
  const id = markerId(order, index, event);
  if (!(await claim(id))) return;
  let messageId: string | undefined;
  try {
    messageId = await send(order.customerEmail, mail);
  } catch (error) {
    await ddb().send(new DeleteCommand({ TableName: env('ORDERS_TABLE'), Key: { id } }));
    throw error;
  }
  await ddb().send(
    new UpdateCommand({
      TableName: env('ORDERS_TABLE'),
      Key: { id },
      UpdateExpression: 'SET #state = :sent, sentAt = :at, messageId = :m REMOVE #until',
      ExpressionAttributeNames: { '#state': 'state', '#until': 'until' },
      ExpressionAttributeValues: { ':sent': 'sent', ':at': new Date().toISOString(), ':m': messageId ?? '' },
    }),
  );
}

/**
 * Records in stream order; the first that fails is reported and the rest are left for the retry, which starts
 * from it (ReportBatchItemFailures): markers make the records before it no-ops.
 */
export async function handler(event: StreamEvent): Promise<BatchResult> {
  for (const record of event.Records) {
    try {
      for (const { order, event: e, index } of newEvents(record)) await notify(order, e, index);
    } catch (error) {
      console.error('sendOrderEmail: will retry', record.dynamodb?.SequenceNumber, error);
      return { batchItemFailures: [{ itemIdentifier: record.dynamodb?.SequenceNumber ?? '' }] };
    }
  }
  return { batchItemFailures: [] };
}
