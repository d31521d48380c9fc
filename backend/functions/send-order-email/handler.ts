/**
 * The orders table's stream → SES v2 SendEmail: one email per new event of an order's history, sent after the
 * order is written, so an email never blocks or fails an order. On AWS a DynamoDB stream event source invokes it;
 * locally backend/local/order-stream.ts reads DynamoDB Local's stream and calls it with the same event.
 *
 * Once per event: a marker item (email#<order>#<index>#<at>) is claimed with a conditional write before sending and
 * marked sent after; a failed send frees the claim and reports the record, so it is retried. A claim left by a
 * crashed send expires after CLAIM_MS.
 */
import {
  ConditionalCheckFailedException,
  TransactionCanceledException,
  type AttributeValue,
} from '@aws-sdk/client-dynamodb';
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import {
  BatchWriteCommand,
  DeleteCommand,
  PutCommand,
  TransactWriteCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
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

/** The claim of one marker: free, or left by a send that crashed more than CLAIM_MS ago. */
const claimPut = (id: string, now: number) => ({
  TableName: env('ORDERS_TABLE'),
  Item: { id, state: 'sending', until: now + CLAIM_MS },
  ConditionExpression: 'attribute_not_exists(id) OR (#state = :sending AND #until < :now)',
  ExpressionAttributeNames: { '#state': 'state', '#until': 'until' },
  ExpressionAttributeValues: { ':sending': 'sending', ':now': now },
});

async function claim(id: string): Promise<boolean> {
  try {
    await ddb().send(new PutCommand(claimPut(id, Date.now())));
    return true;
  } catch (error) {
    if (error instanceof ConditionalCheckFailedException) return false;
    throw error;
  }
}

/** DynamoDB's most items in one BatchWriteItem, and as many claims per transaction. */
const PER_WRITE = 25;

const chunks = <T>(items: T[]): T[][] =>
  Array.from({ length: Math.ceil(items.length / PER_WRITE) }, (_, i) =>
    items.slice(i * PER_WRITE, (i + 1) * PER_WRITE),
  );

/** Several items written at once, retrying what DynamoDB leaves unprocessed. */
async function batchWrite(requests: Record<string, unknown>[]): Promise<void> {
  for (const chunk of chunks(requests)) {
    let left = chunk;
    for (let attempt = 0; left.length; attempt += 1) {
      if (attempt === 5) throw new Error(`${left.length} marker writes left unprocessed`);
      const out = await ddb().send(new BatchWriteCommand({ RequestItems: { [env('ORDERS_TABLE')]: left } }));
      left = (out.UnprocessedItems?.[env('ORDERS_TABLE')] ?? []) as Record<string, unknown>[];
    }
  }
}

/** Frees claims (a failed send, or claims not used), so that a retry sends those emails. */
async function release(ids: string[]): Promise<void> {
  if (ids.length === 1) await ddb().send(new DeleteCommand({ TableName: env('ORDERS_TABLE'), Key: { id: ids[0] } }));
  else if (ids.length) await batchWrite(ids.map((id) => ({ DeleteRequest: { Key: { id } } })));
}

/**
 * The markers of a batch claimed together: one transaction for up to 25 instead of a write each (under load a
 * stream batch holds many orders). A transaction fails whole if one is taken: it is tried again without the
 * taken ones; a conflict with another reader's claims falls back to claiming one by one.
 */
async function claimAll(ids: string[]): Promise<Set<string>> {
  const claimed = new Set<string>();
  try {
    for (let chunk of chunks(ids)) {
      while (chunk.length > 1) {
        const now = Date.now();
        try {
          await ddb().send(
            new TransactWriteCommand({ TransactItems: chunk.map((id) => ({ Put: claimPut(id, now) })) }),
          );
          chunk.forEach((id) => claimed.add(id));
          chunk = [];
        } catch (error) {
          if (!(error instanceof TransactionCanceledException)) throw error;
          const codes = (error.CancellationReasons ?? []).map((r) => r.Code);
          const free = chunk.filter((_, i) => codes[i] !== 'ConditionalCheckFailed');
          if (free.length === chunk.length) break;
          chunk = free;
        }
      }
      for (const id of chunk) if (await claim(id)) claimed.add(id);
    }
  } catch (error) {
    // Claims this call holds would make a retry skip their emails until they expire.
    await release([...claimed]).catch(() => undefined);
    throw error;
  }
  return claimed;
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

/** An email an event asks for, with the record it came from. */
interface Notice {
  sequence: string;
  id: string;
  to: string;
  mail: Email;
}

/** Sent emails' markers, all at once (the Update of one, the same item written whole for several). */
async function markSent(sent: { id: string; messageId?: string }[]): Promise<void> {
  const at = new Date().toISOString();
  if (sent.length === 1) {
    await ddb().send(
      new UpdateCommand({
        TableName: env('ORDERS_TABLE'),
        Key: { id: sent[0].id },
        UpdateExpression: 'SET #state = :sent, sentAt = :at, messageId = :m REMOVE #until',
        ExpressionAttributeNames: { '#state': 'state', '#until': 'until' },
        ExpressionAttributeValues: { ':sent': 'sent', ':at': at, ':m': sent[0].messageId ?? '' },
      }),
    );
  } else if (sent.length) {
    await batchWrite(
      sent.map(({ id, messageId }) => ({
        PutRequest: { Item: { id, state: 'sent', sentAt: at, messageId: messageId ?? '' } },
      })),
    );
  }
}

/**
 * Records in stream order; the first that fails is reported and the rest are left for the retry, which starts
 * from it (ReportBatchItemFailures): markers make the records before it no-ops. The batch's markers are claimed
 * together and marked sent together, so an email costs its send and about one write, not three.
 */
export async function handler(event: StreamEvent): Promise<BatchResult> {
  const notices: Notice[] = [];
  let failed: string | undefined;
  for (const record of event.Records) {
    try {
      for (const { order, event: e, index } of newEvents(record)) {
        const mail = orderEmail(order, e);
        if (!mail || !order.customerEmail) continue;
        const id = markerId(order, index, e);
        // The same event read twice in one batch is one email, as its marker's claim would make it.
        if (notices.some((n) => n.id === id)) continue;
        notices.push({ sequence: record.dynamodb?.SequenceNumber ?? '', id, to: order.customerEmail, mail });
      }
    } catch (error) {
      console.error('sendOrderEmail: will retry', record.dynamodb?.SequenceNumber, error);
      failed = record.dynamodb?.SequenceNumber ?? '';
      break;
    }
  }
  if (!notices.length) return { batchItemFailures: failed === undefined ? [] : [{ itemIdentifier: failed }] };
  let claimed: Set<string>;
  try {
    claimed = await claimAll(notices.map((n) => n.id));
  } catch (error) {
    console.error('sendOrderEmail: will retry', notices[0].sequence, error);
    return { batchItemFailures: [{ itemIdentifier: notices[0].sequence }] };
  }
  const sent: { id: string; messageId?: string }[] = [];
  try {
    for (const [i, notice] of notices.entries()) {
      if (!claimed.has(notice.id)) continue;
      try {
        sent.push({ id: notice.id, messageId: await send(notice.to, notice.mail) });
      } catch (error) {
        console.error('sendOrderEmail: will retry', notice.sequence, error);
        failed = notice.sequence;
        // This email and the later ones are sent by the retry, which starts from this record.
        await release(
          notices
            .slice(i)
            .filter((n) => claimed.has(n.id))
            .map((n) => n.id),
        );
        break;
      }
    }
    await markSent(sent);
  } catch (error) {
    // Sent but not marked: the claims stand (until CLAIM_MS), so the retry does not send them again.
    console.error('sendOrderEmail: will retry', notices[0].sequence, error);
    return { batchItemFailures: [{ itemIdentifier: failed ?? notices[0].sequence }] };
  }
  return { batchItemFailures: failed === undefined ? [] : [{ itemIdentifier: failed }] };
}
