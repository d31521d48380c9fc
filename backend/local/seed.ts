/** Seeds the local stack: the catalog of seed/books.ts, a typeset cover per book, and (via cognito.ts) demo users. */
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { putBooks, toBookItem, type BookItem } from '../catalog/book-store';
import { BOOKS, type SeedBook } from '../seed/books';
import { coverKeyFor, renderCover } from '../seed/cover';
import { S3_CREDENTIALS, urls, type LocalConfig } from './config';
import { dynamoClient } from './dynamodb';

export type Progress = (done: number, total: number, what: string) => void;

export function seedItems(books: readonly SeedBook[], currency: string, now = new Date().toISOString()): BookItem[] {
  return books.map(({ id, title, author, publishedYear, genre, description, priceCents, stock, featured, isbn }) =>
    toBookItem(
      id,
      {
        title,
        author,
        publishedYear,
        genre,
        description,
        priceCents,
        stock,
        featured,
        isbn: isbn ?? null,
        coverKey: coverKeyFor(id),
      },
      currency,
      now,
    ),
  );
}

async function catalogIsEmpty(db: DynamoDBDocumentClient, table: string): Promise<boolean> {
  const out = await db.send(
    new QueryCommand({
      TableName: table,
      IndexName: 'byTitle',
      KeyConditionExpression: '#c = :c',
      ExpressionAttributeNames: { '#c': 'catalog' },
      ExpressionAttributeValues: { ':c': 'BOOK' },
      Limit: 1,
    }),
  );
  return (out.Items ?? []).length === 0;
}

async function inBatches<T>(
  items: readonly T[],
  size: number,
  work: (item: T) => Promise<void>,
  progress: (done: number) => void,
) {
  let done = 0;
  for (let i = 0; i < items.length; i += size) {
    await Promise.all(items.slice(i, i + size).map(work));
    done += Math.min(size, items.length - i);
    progress(done);
  }
}

export async function uploadCovers(c: LocalConfig, books: readonly SeedBook[], progress: Progress): Promise<void> {
  const s3 = new S3Client({
    endpoint: urls(c).s3,
    region: c.region,
    forcePathStyle: true,
    credentials: S3_CREDENTIALS,
  });
  try {
    await inBatches(
      books,
      8,
      async (book) => {
        const body = renderCover(book);
        await s3.send(
          new PutObjectCommand({
            Bucket: c.imageBucket,
            Key: coverKeyFor(book.id),
            Body: body,
            ContentType: 'image/png',
            CacheControl: 'public, max-age=31536000, immutable',
          }),
        );
      },
      (done) => progress(done, books.length, 'covers'),
    );
  } finally {
    s3.destroy();
  }
}

/** Seeds books (and their search entries) unless the catalog already has some; returns how many were written. */
export async function seedBooks(
  c: LocalConfig,
  progress: Progress,
  books: readonly SeedBook[] = BOOKS,
): Promise<number> {
  const raw = dynamoClient(urls(c).dynamodb, c.region);
  const db = DynamoDBDocumentClient.from(raw, { marshallOptions: { removeUndefinedValues: true } });
  try {
    if (!(await catalogIsEmpty(db, c.tables.Books))) return 0;
    const items = seedItems(books, c.currency);
    await putBooks(db, { books: c.tables.Books, bookSearch: c.tables.BookSearch }, items);
    progress(items.length, items.length, 'books');
    return items.length;
  } finally {
    raw.destroy();
  }
}
