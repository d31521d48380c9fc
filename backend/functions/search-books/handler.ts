/**
 * searchBooks: every query word must start a word of the book's title or author, case and accents ignored.
 * One Query on the longest word's prefix partition (sorted by title), then the books themselves by key.
 */
import { BatchGetCommand, QueryCommand, type BatchGetCommandOutput } from '@aws-sdk/lib-dynamodb';
import { MAX_PREFIX_LENGTH, words } from '../../catalog/text';
import { publicBook, type BookItem } from '../../catalog/book-store';
import { ddb } from '../shared/aws';
import { env } from '../shared/env';
import type { ResolverEvent } from '../shared/event';
import { decodePageToken, encodePageToken, pageLimit } from '../shared/page-token';
import { AppError, asResult, type LambdaResult } from '../shared/result';

type Args = { query?: unknown; limit?: unknown; nextToken?: unknown };

export const MAX_QUERY_LENGTH = 200;
/** Query rounds per call when filters thin a page out; bounds the cost of one request. */
const MAX_ROUNDS = 4;

export interface SearchPlan {
  prefix: string;
  /** Words every hit's text must contain as " word" (word starts). */
  mustContain: string[];
}

export function planSearch(query: unknown): SearchPlan {
  if (typeof query !== 'string' || query.length > MAX_QUERY_LENGTH) {
    throw new AppError('ValidationError', `query must be at most ${MAX_QUERY_LENGTH} characters`, {
      fields: { query: 'too long' },
    });
  }
  const terms = [...new Set(words(query))];
  if (terms.length === 0)
    throw new AppError('ValidationError', 'Type a word to search for', { fields: { query: 'empty' } });
  const longest = terms.reduce((a, b) => ([...b].length > [...a].length ? b : a));
  const prefix = [...longest].slice(0, MAX_PREFIX_LENGTH).join('');
  return { prefix, mustContain: terms.filter((t) => t !== prefix) };
}

async function fetchBooks(ids: string[]): Promise<BookItem[]> {
  if (ids.length === 0) return [];
  const table = env('BOOKS_TABLE');
  const found = new Map<string, BookItem>();
  let keys: Record<string, unknown>[] | undefined = ids.map((id) => ({ id }));
  for (let attempt = 0; keys?.length && attempt < 6; attempt += 1) {
    const out: BatchGetCommandOutput = await ddb().send(
      new BatchGetCommand({ RequestItems: { [table]: { Keys: keys } } }),
    );
    for (const item of out.Responses?.[table] ?? []) found.set(item.id as string, item as BookItem);
    keys = out.UnprocessedKeys?.[table]?.Keys;
  }
  // A book deleted between index and fetch is simply left out.
  return ids.map((id) => found.get(id)).filter((b): b is BookItem => Boolean(b));
}

async function search(args: Args) {
  const plan = planSearch(args.query);
  const limit = pageLimit(args.limit);
  // A token serves only the search that made it (the same words), so it is sealed with the plan.
  const context = JSON.stringify(['searchBooks', plan.prefix, plan.mustContain]);
  let startKey = await decodePageToken(args.nextToken, ['prefix', 'titleSort'], context);
  const filter = plan.mustContain.map((_, i) => `contains(#text, :w${i})`).join(' AND ');
  const ids: string[] = [];
  for (let round = 0; round < MAX_ROUNDS && ids.length < limit; round += 1) {
    const out = await ddb().send(
      new QueryCommand({
        TableName: env('BOOK_SEARCH_TABLE'),
        KeyConditionExpression: '#prefix = :prefix',
        ...(filter ? { FilterExpression: filter } : {}),
        ExpressionAttributeNames: { '#prefix': 'prefix', ...(filter ? { '#text': 'text' } : {}) },
        ExpressionAttributeValues: {
          ':prefix': plan.prefix,
          ...Object.fromEntries(plan.mustContain.map((w, i) => [`:w${i}`, ` ${w}`])),
        },
        ProjectionExpression: 'bookId, titleSort',
        Limit: limit - ids.length,
        ExclusiveStartKey: startKey,
      }),
    );
    ids.push(...(out.Items ?? []).map((i) => i.bookId as string));
    startKey = out.LastEvaluatedKey as Record<string, string> | undefined;
    if (!startKey) break;
  }
  const books = await fetchBooks(ids);
  return { items: books.map(publicBook), nextToken: await encodePageToken(startKey, context) };
}

export async function handler(event: ResolverEvent<Args>): Promise<LambdaResult<unknown>> {
  return asResult(() => search(event.arguments));
}
