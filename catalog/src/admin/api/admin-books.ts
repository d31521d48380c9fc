/**
 * The admin's reads and writes, always as the signed-in user (user-pool auth, admin-client.ts): AppSync lets only
 * the Admin group write, and answers anyone else with Unauthorized whatever this app shows.
 */
import { runAdminQuery } from './admin-client';
import type { BookCardData, BookDetail } from '../../api/types';
import type { Page } from '../../api/use-async';
import type { BookFields } from '@folio/contract/rules/book-input';
import {
  ADMIN_GET_BOOK,
  ADMIN_LIST_BOOKS,
  ADMIN_SEARCH_BOOKS,
  CREATE_BOOK,
  CREATE_COVER_UPLOAD,
  DELETE_BOOK,
  UPDATE_BOOK,
} from './graphql';

export const ADMIN_PAGE_SIZE = 25;

export interface AdminBookRow extends BookCardData {
  featured: boolean;
}

/** What the form sends: every field of the book, checked by the API's rules (@folio/contract/rules/book-input). */
export type BookInput = BookFields;

export interface CoverUpload {
  key: string;
  uploadUrl: string;
  publicUrl: string;
  /** Headers the PUT must carry exactly as given: they are part of the signature. */
  headers: ReadonlyArray<{ name: string; value: string }>;
  maxBytes: number;
}

export async function listBooksForAdmin({
  genre,
  nextToken,
}: {
  genre?: string;
  nextToken?: string | null;
}): Promise<Page<AdminBookRow>> {
  const data = await runAdminQuery<{ listBooks: Page<AdminBookRow> }>(ADMIN_LIST_BOOKS, {
    genre: genre || undefined,
    limit: ADMIN_PAGE_SIZE,
    nextToken: nextToken ?? undefined,
  });
  return data.listBooks;
}

export async function searchBooksForAdmin(query: string, nextToken?: string | null): Promise<Page<AdminBookRow>> {
  const data = await runAdminQuery<{ searchBooks: Page<AdminBookRow> }>(ADMIN_SEARCH_BOOKS, {
    query,
    limit: ADMIN_PAGE_SIZE,
    nextToken: nextToken ?? undefined,
  });
  return data.searchBooks;
}

export async function getBookForEdit(id: string): Promise<BookDetail | null> {
  return (await runAdminQuery<{ getBook: BookDetail | null }>(ADMIN_GET_BOOK, { id })).getBook;
}

export async function createBook(input: BookInput): Promise<BookDetail> {
  return (await runAdminQuery<{ createBook: BookDetail }>(CREATE_BOOK, { input })).createBook;
}

export async function updateBook(id: string, input: BookInput): Promise<BookDetail> {
  return (await runAdminQuery<{ updateBook: BookDetail }>(UPDATE_BOOK, { input: { id, ...input } })).updateBook;
}

/** The deleted book's id and title, or null if it was already gone. */
export async function deleteBook(id: string): Promise<{ id: string; title: string } | null> {
  return (await runAdminQuery<{ deleteBook: { id: string; title: string } | null }>(DELETE_BOOK, { id })).deleteBook;
}

/** A presigned PUT for one cover; `contentLength` is signed into it, so S3 refuses a body of another size. */
export async function createCoverUpload(contentType: string, contentLength: number): Promise<CoverUpload> {
  return (await runAdminQuery<{ createCoverUpload: CoverUpload }>(CREATE_COVER_UPLOAD, { contentType, contentLength }))
    .createCoverUpload;
}
