/**
 * createBook / updateBook / deleteBook (group Admin, enforced by the schema). A Lambda rather than VTL
 * because a book and its search entries change together and must fold text exactly as search does.
 */
import { randomUUID } from 'node:crypto';
import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { checkCreateBook, checkUpdateBook, type BookFields } from '@folio/contract/rules/book-input';
import { deleteBook, getBookItem, publicBook, putBook, toBookItem, type BookTables } from '../../catalog/book-store';
import { isCoverType, MAX_COVER_BYTES } from '@folio/contract/rules/covers';
import { ddb, s3 } from '../shared/aws';
import { env } from '../shared/env';
import type { ResolverEvent } from '../shared/event';
import { AppError, asResult, type LambdaResult } from '../shared/result';

type Args = { input?: Record<string, unknown>; id?: string };

const tables = (): BookTables => ({ books: env('BOOKS_TABLE'), bookSearch: env('BOOK_SEARCH_TABLE') });

/** A cover must exist in the image bucket and be an image of an allowed type and size. */
async function checkCover(coverKey: string | null | undefined): Promise<void> {
  if (!coverKey) return;
  const head = await s3()
    .send(new HeadObjectCommand({ Bucket: env('IMAGE_BUCKET'), Key: coverKey }))
    .catch(() => undefined);
  if (!head)
    throw new AppError('ValidationError', 'The cover has not been uploaded', {
      fields: { coverKey: 'Upload the cover first' },
    });
  if (!isCoverType(head.ContentType) || (head.ContentLength ?? 0) > MAX_COVER_BYTES) {
    throw new AppError('ValidationError', 'The cover must be a JPEG, PNG or WebP image of at most 5 MB', {
      fields: { coverKey: 'JPEG, PNG or WebP, at most 5 MB' },
    });
  }
}

function invalid(errors: Record<string, string | undefined>): AppError {
  const message = Object.values(errors).filter(Boolean).join('; ');
  return new AppError('ValidationError', message, { fields: errors });
}

async function createBook(input: Record<string, unknown>) {
  const checked = checkCreateBook(input);
  if (!checked.ok) throw invalid(checked.errors);
  await checkCover(checked.value.coverKey);
  const item = toBookItem(randomUUID(), checked.value, env('CURRENCY'), new Date().toISOString());
  await putBook(ddb(), tables(), item, undefined);
  return publicBook(item);
}

/** Orders take stock concurrently; a patch is re-applied on a fresh read a few times before giving up. */
const UPDATE_ATTEMPTS = 3;

async function updateBook(input: Record<string, unknown>) {
  const checked = checkUpdateBook(input);
  if (!checked.ok) throw invalid(checked.errors);
  const id = input.id as string;
  for (let attempt = 0; attempt < UPDATE_ATTEMPTS; attempt += 1) {
    const before = await getBookItem(ddb(), tables(), id);
    if (!before) throw new AppError('NotFound', `No book with id ${id}`);
    if (attempt === 0 && checked.value.coverKey != null && checked.value.coverKey !== before.coverKey) {
      await checkCover(checked.value.coverKey);
    }
    const fields: BookFields = { ...publicBook(before), ...checked.value };
    const updatedAt = new Date(Math.max(Date.now(), Date.parse(before.updatedAt) + 1)).toISOString();
    const item = toBookItem(id, fields, before.currency, before.createdAt, updatedAt);
    try {
      await putBook(ddb(), tables(), item, before);
      return publicBook(item);
    } catch (error) {
      if ((error as Error).name !== 'ConditionalCheckFailedException') throw error;
    }
  }
  throw new AppError('Conflict', 'The book is changing too often to update; try again');
}

async function removeBook(id: unknown) {
  if (typeof id !== 'string' || !id) throw invalid({ id: 'id is required' });
  const old = await deleteBook(ddb(), tables(), id);
  return old ? publicBook(old) : null;
}

export async function handler(event: ResolverEvent<Args>): Promise<LambdaResult<unknown>> {
  return asResult(async () => {
    switch (event.field) {
      case 'createBook':
        return createBook(event.arguments.input ?? {});
      case 'updateBook':
        return updateBook(event.arguments.input ?? {});
      case 'deleteBook':
        return removeBook(event.arguments.id);
      default:
        throw new Error(`write-book cannot resolve ${event.field}`);
    }
  });
}
