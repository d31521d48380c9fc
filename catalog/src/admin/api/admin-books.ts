/**
 * The admin's reads and writes, always as the signed-in user (user-pool auth): AppSync lets only the Admin group
 * write, and answers anyone else with Unauthorized whatever this app shows. Failures are the client's ApiError; a
 * ValidationError's `fields` go beside the form's fields.
 */
import { graphql } from '@folio/config/web/graphql';
import type { Page } from '@folio/config/web/use-paged-query';
import type { TypedDocument } from '@folio/contract/documents/typed-document';
import type { BookFields } from '@folio/contract/rules/book-input';
import {
  ADMIN_GET_BOOK,
  ADMIN_LIST_BOOKS,
  ADMIN_SEARCH_BOOKS,
  CREATE_BOOK,
  CREATE_COVER_UPLOAD,
  DELETE_BOOK,
  UPDATE_BOOK,
  type AdminBook,
  type AdminBookRow,
  type CoverUpload,
} from '@folio/contract/documents/admin-books';

export type { AdminBook, AdminBookRow, CoverUpload };

export const ADMIN_PAGE_SIZE = 25;

const asAdmin = <R, V>(query: TypedDocument<R, V>, variables: V): Promise<R> =>
  graphql({ query, variables, authMode: 'userPool' });

/** What the form sends: every field of the book, checked by the API's rules (@folio/contract/rules/book-input). */
export type BookInput = BookFields;

export async function listBooksForAdmin({
  genre,
  nextToken,
}: {
  genre?: string;
  nextToken?: string | null;
}): Promise<Page<AdminBookRow>> {
  const data = await asAdmin(ADMIN_LIST_BOOKS, {
    genre: genre || undefined,
    limit: ADMIN_PAGE_SIZE,
    nextToken: nextToken ?? undefined,
  });
  return { items: data.listBooks.items, nextToken: data.listBooks.nextToken ?? null };
}

export async function searchBooksForAdmin(query: string, nextToken?: string | null): Promise<Page<AdminBookRow>> {
  const data = await asAdmin(ADMIN_SEARCH_BOOKS, {
    query,
    limit: ADMIN_PAGE_SIZE,
    nextToken: nextToken ?? undefined,
  });
  return { items: data.searchBooks.items, nextToken: data.searchBooks.nextToken ?? null };
}

export async function getBookForEdit(id: string): Promise<AdminBook | null> {
  return (await asAdmin(ADMIN_GET_BOOK, { id })).getBook ?? null;
}

export async function createBook(input: BookInput): Promise<AdminBook> {
  return (await asAdmin(CREATE_BOOK, { input })).createBook;
}

export async function updateBook(id: string, input: BookInput): Promise<AdminBook> {
  return (await asAdmin(UPDATE_BOOK, { input: { id, ...input } })).updateBook;
}

/** The deleted book's id and title, or null if it was already gone. */
export async function deleteBook(id: string): Promise<{ id: string; title: string } | null> {
  return (await asAdmin(DELETE_BOOK, { id })).deleteBook ?? null;
}

/** A presigned PUT for one cover; `contentLength` is signed into it, so S3 refuses a body of another size. */
export async function createCoverUpload(contentType: string, contentLength: number): Promise<CoverUpload> {
  return (await asAdmin(CREATE_COVER_UPLOAD, { contentType, contentLength })).createCoverUpload;
}
