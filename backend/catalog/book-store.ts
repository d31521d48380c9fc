/**
 * Writes books and their search entries. Used by the write-book Lambda and by seeding, so a seeded book
 * and an admin-created one are stored alike.
 */
import { BatchWriteCommand, DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { BookFields } from '@folio/contract/rules/book-input';
import { searchPrefixes, searchText, titleSortKey } from './text';

export interface BookItem extends BookFields {
  id: string;
  currency: string;
  createdAt: string;
  updatedAt: string;
  /** Constant partition of the byTitle index. */
  catalog: 'BOOK';
  titleSort: string;
  /** Present only on featured books (sparse byFeatured index). */
  featuredKey?: 'FEATURED';
}

export interface BookTables {
  books: string;
  bookSearch: string;
}

interface SearchEntry {
  prefix: string;
  titleSort: string;
  bookId: string;
  text: string;
}

export function toBookItem(
  id: string,
  fields: BookFields,
  currency: string,
  createdAt: string,
  updatedAt = createdAt,
): BookItem {
  const item: BookItem = {
    ...fields,
    id,
    currency,
    createdAt,
    updatedAt,
    catalog: 'BOOK',
    titleSort: titleSortKey(fields.title, id),
  };
  if (fields.featured) item.featuredKey = 'FEATURED';
  return item;
}

/** A book as the API returns it: without the index-only attributes. */
export type PublicBook = Omit<BookItem, 'catalog' | 'titleSort' | 'featuredKey'>;

/** Strips index-only attributes before a book leaves the API. */
export function publicBook({ catalog, titleSort, featuredKey, ...book }: BookItem): PublicBook {
  return book;
}

function searchEntries(book: Pick<BookItem, 'id' | 'title' | 'author' | 'titleSort'>): SearchEntry[] {
  const text = searchText(book.title, book.author);
  return searchPrefixes(book.title, book.author).map((prefix) => ({
    prefix,
    titleSort: book.titleSort,
    bookId: book.id,
    text,
  }));
}

const BATCH = 25;

async function batchWrite(
  db: DynamoDBDocumentClient,
  table: string,
  requests: Record<string, unknown>[],
): Promise<void> {
  const chunks: Record<string, unknown>[][] = [];
  for (let i = 0; i < requests.length; i += BATCH) chunks.push(requests.slice(i, i + BATCH));
  await Promise.all(
    chunks.map(async (chunk) => {
      let pending: Record<string, unknown>[] | undefined = chunk;
      for (let attempt = 0; pending?.length; attempt += 1) {
        if (attempt > 8) throw new Error(`BatchWrite to ${table} left ${pending.length} items unprocessed`);
        if (attempt) await new Promise((r) => setTimeout(r, 20 * 2 ** attempt));
        const out = await db.send(new BatchWriteCommand({ RequestItems: { [table]: pending as never } }));
        pending = out.UnprocessedItems?.[table] as Record<string, unknown>[] | undefined;
      }
    }),
  );
}

/** Replaces a book's search entries: removes those of `before` that `after` lacks, writes those of `after`. */
export async function reindexBook(
  db: DynamoDBDocumentClient,
  table: string,
  before: BookItem | undefined,
  after: BookItem | undefined,
): Promise<void> {
  const next = after ? searchEntries(after) : [];
  const keep = new Set(next.map((e) => `${e.prefix}\u0000${e.titleSort}`));
  const stale = before ? searchEntries(before).filter((e) => !keep.has(`${e.prefix}\u0000${e.titleSort}`)) : [];
  const unchanged = before && after && before.title === after.title && before.author === after.author;
  await batchWrite(db, table, [
    ...stale.map((e) => ({ DeleteRequest: { Key: { prefix: e.prefix, titleSort: e.titleSort } } })),
    ...(unchanged ? [] : next.map((e) => ({ PutRequest: { Item: e } }))),
  ]);
}

export async function getBookItem(
  db: DynamoDBDocumentClient,
  tables: BookTables,
  id: string,
): Promise<BookItem | undefined> {
  const out = await db.send(new GetCommand({ TableName: tables.books, Key: { id }, ConsistentRead: true }));
  return out.Item as BookItem | undefined;
}

/** Writes a book. `expect` guards against creating over an existing id or updating a missing/changed one. */
export async function putBook(
  db: DynamoDBDocumentClient,
  tables: BookTables,
  item: BookItem,
  before: BookItem | undefined,
): Promise<void> {
  await db.send(
    new PutCommand({
      TableName: tables.books,
      Item: item,
      ...(before
        ? { ConditionExpression: 'updatedAt = :seen', ExpressionAttributeValues: { ':seen': before.updatedAt } }
        : { ConditionExpression: 'attribute_not_exists(id)' }),
    }),
  );
  await reindexBook(db, tables.bookSearch, before, item);
}

export async function deleteBook(
  db: DynamoDBDocumentClient,
  tables: BookTables,
  id: string,
): Promise<BookItem | undefined> {
  const out = await db.send(new DeleteCommand({ TableName: tables.books, Key: { id }, ReturnValues: 'ALL_OLD' }));
  const old = out.Attributes as BookItem | undefined;
  if (old) await reindexBook(db, tables.bookSearch, old, undefined);
  return old;
}

/** Writes many books at once (seeding): items and search entries in batches. */
export async function putBooks(
  db: DynamoDBDocumentClient,
  tables: BookTables,
  items: readonly BookItem[],
  withSearch = true,
): Promise<void> {
  await batchWrite(
    db,
    tables.books,
    items.map((Item) => ({ PutRequest: { Item } })),
  );
  if (withSearch) {
    await batchWrite(
      db,
      tables.bookSearch,
      items.flatMap((b) => searchEntries(b).map((Item) => ({ PutRequest: { Item } }))),
    );
  }
}
