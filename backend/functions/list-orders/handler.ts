/**
 * listOrders and findOrders: the staff order desk's lists, newest first, always through an index (no Scan).
 * - by status: one Query on the byStatus partition of that status;
 * - all statuses: the five partitions merged by createdAt (each page reads at most `limit` per status, so its cost
 *   does not grow with the table); the page token keeps where each partition stopped;
 * - by number: the number's key item (written with the order) names the orders, then GetItem each;
 * - by email: the pool's customer with that email, then their orders on byCustomer.
 */
import { BatchGetCommand, GetCommand, QueryCommand, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';
import { orderNumber } from '@folio/config/web/order-number';
import { NUMBER_KEY_PREFIX, type Order, type OrderStatus } from '../../orders/order';
import { ddb } from '../shared/aws';
import { customerIdsByEmail } from '../shared/cognito';
import { env } from '../shared/env';
import type { ResolverEvent } from '../shared/event';
import { decodePageToken, encodePageToken, pageLimit } from '../shared/page-token';
import { AppError, asResult, type LambdaResult } from '../shared/result';

type Args = { status?: unknown; number?: unknown; email?: unknown; limit?: unknown; nextToken?: unknown };
type Page = { items: Order[]; nextToken: string | null };
type Key = Record<string, string>;

export const STATUSES: readonly OrderStatus[] = ['PAID', 'SHIPPED', 'DELIVERED', 'CANCELLED', 'REFUNDED'];
export const DESK_PAGE = 50;

/** In a merged page's token: a partition not read yet, and one read to its end. */
const NOT_STARTED = '';
const DONE = '-';

const invalid = (field: string, message: string) =>
  new AppError('ValidationError', message, { fields: { [field]: message } });

async function query(input: Omit<QueryCommandInput, 'TableName'>): Promise<{ items: Order[]; last?: Key }> {
  const out = await ddb().send(new QueryCommand({ TableName: env('ORDERS_TABLE'), ScanIndexForward: false, ...input }));
  return { items: (out.Items ?? []) as Order[], last: out.LastEvaluatedKey as Key | undefined };
}

const statusQuery = (status: string, limit: number, start?: Key) =>
  query({
    IndexName: 'byStatus',
    KeyConditionExpression: '#status = :status',
    ExpressionAttributeNames: { '#status': 'status' },
    ExpressionAttributeValues: { ':status': status },
    Limit: limit,
    ExclusiveStartKey: start,
  });

async function ofStatus(status: OrderStatus, limit: number, token: unknown): Promise<Page> {
  const context = JSON.stringify(['listOrders', status]);
  const start = await decodePageToken(token, ['status', 'createdAt', 'id'], context);
  const { items, last } = await statusQuery(status, limit, start);
  return { items, nextToken: await encodePageToken(last, context) };
}

const newestFirst = (a: Order, b: Order) => (a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : 0);

/**
 * Every status, newest first: each partition's next `limit` from where it stopped, merged, the newest `limit` kept.
 * A partition's cursor moves to the last of its orders the page kept (an index key need not still exist to
 * start after it), and is DONE once the page kept all it had left.
 */
async function allStatuses(limit: number, token: unknown): Promise<Page> {
  const context = JSON.stringify(['listOrders']);
  const cursors: Key =
    (await decodePageToken(token, STATUSES, context)) ?? Object.fromEntries(STATUSES.map((s) => [s, NOT_STARTED]));
  const reads = await Promise.all(
    STATUSES.map(async (status) => {
      const cursor = cursors[status];
      if (cursor === DONE) return { status, items: [] as Order[], more: false };
      const start = cursor === NOT_STARTED ? undefined : (JSON.parse(cursor) as Key);
      const { items, last } = await statusQuery(status, limit, start);
      return { status, items, more: Boolean(last) };
    }),
  );
  // A k-way merge takes a prefix of each partition, so its cursor never skips an order it did not show.
  const taken = reads.map(() => 0);
  const page: Order[] = [];
  while (page.length < limit) {
    let pick = -1;
    reads.forEach(({ items }, i) => {
      const head = items[taken[i]];
      if (head && (pick < 0 || head.createdAt > reads[pick].items[taken[pick]].createdAt)) pick = i;
    });
    if (pick < 0) break;
    page.push(reads[pick].items[taken[pick]]);
    taken[pick] += 1;
  }
  const next: Key = {};
  reads.forEach(({ status, items, more }, i) => {
    const lastTaken = items[taken[i] - 1];
    if (cursors[status] === DONE || (!more && taken[i] === items.length)) next[status] = DONE;
    else if (lastTaken) next[status] = JSON.stringify({ status, createdAt: lastTaken.createdAt, id: lastTaken.id });
    else next[status] = cursors[status];
  });
  const finished = STATUSES.every((s) => next[s] === DONE);
  return { items: page, nextToken: finished ? null : await encodePageToken(next, context) };
}

async function byNumber(raw: string): Promise<Page> {
  const number = orderNumber(raw);
  if (number.length !== 8) throw invalid('number', 'An order number has 8 letters and digits');
  const table = env('ORDERS_TABLE');
  const key = await ddb().send(new GetCommand({ TableName: table, Key: { id: `${NUMBER_KEY_PREFIX}${number}` } }));
  const ids = [...((key.Item?.orderIds as Set<string> | undefined) ?? [])].slice(0, 100);
  if (ids.length === 0) return { items: [], nextToken: null };
  const out = await ddb().send(new BatchGetCommand({ RequestItems: { [table]: { Keys: ids.map((id) => ({ id })) } } }));
  // Unprocessed keys are rare at this size; one more round settles them.
  const again = out.UnprocessedKeys?.[table]
    ? await ddb().send(new BatchGetCommand({ RequestItems: out.UnprocessedKeys }))
    : undefined;
  const items = [...(out.Responses?.[table] ?? []), ...(again?.Responses?.[table] ?? [])] as Order[];
  return { items: items.sort(newestFirst), nextToken: null };
}

async function byEmail(raw: string, limit: number, token: unknown): Promise<Page> {
  const email = raw.trim().toLowerCase();
  if (!email.includes('@') || email.length > 254) throw invalid('email', 'Type the customer’s whole email address');
  const context = JSON.stringify(['findOrders', email]);
  const start = await decodePageToken(token, ['customerId', 'createdAt', 'id'], context);
  const [customerId] = await customerIdsByEmail(email);
  if (!customerId) return { items: [], nextToken: null };
  const { items, last } = await query({
    IndexName: 'byCustomer',
    KeyConditionExpression: 'customerId = :c',
    ExpressionAttributeValues: { ':c': customerId },
    Limit: limit,
    ExclusiveStartKey: start,
  });
  return { items, nextToken: await encodePageToken(last, context) };
}

export async function listOrders(event: ResolverEvent<Args>): Promise<Page> {
  if (!event.identity?.groups.includes('Admin')) throw new AppError('Unauthorized', 'Only staff may list orders');
  const args = event.arguments;
  const limit = pageLimit(args.limit, DESK_PAGE);
  if (event.field === 'findOrders') {
    const number = typeof args.number === 'string' && args.number.trim() ? args.number : undefined;
    const email = typeof args.email === 'string' && args.email.trim() ? args.email : undefined;
    if (Boolean(number) === Boolean(email)) throw invalid('number', 'Give an order number or an email, not both');
    return number ? byNumber(number) : byEmail(email!, limit, args.nextToken);
  }
  if (args.status === undefined || args.status === null) return allStatuses(limit, args.nextToken);
  if (!STATUSES.includes(args.status as OrderStatus)) throw invalid('status', 'Unknown status');
  return ofStatus(args.status as OrderStatus, limit, args.nextToken);
}

export async function handler(event: ResolverEvent<Args>): Promise<LambdaResult<Page>> {
  return asResult(() => listOrders(event));
}
