/**
 * The admin's reads and writes, always as the signed-in user (user-pool auth, admin-client.ts): AppSync lets only
 * the Admin group write, and answers anyone else with Unauthorized whatever this app shows.
 */
import { runAdminQuery } from './admin-client';
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
  type AdminBook,
  type AdminBookRow,
  type CoverUpload,
} from '@folio/contract/documents/admin-books';
import type {
  AdminGetBookQuery,
  AdminListBooksQuery,
  AdminSearchBooksQuery,
  CreateBookMutation,
  CreateCoverUploadMutation,
  DeleteBookMutation,
  UpdateBookMutation,
} from '@folio/contract/generated/operations';

export type { AdminBook, AdminBookRow, CoverUpload };

export const ADMIN_PAGE_SIZE = 25;

/** What the form sends: every field of the book, checked by the API's rules (@folio/contract/rules/book-input). */
export type BookInput = BookFields;

export async function listBooksForAdmin({
  genre,
  nextToken,
}: {
  genre?: string;
  nextToken?: string | null;
}): Promise<Page<AdminBookRow>> {
  const data = await runAdminQuery<AdminListBooksQuery>(ADMIN_LIST_BOOKS, {
    genre: genre || undefined,
    limit: ADMIN_PAGE_SIZE,
    nextToken: nextToken ?? undefined,
  });
  return data.listBooks;
}

export async function searchBooksForAdmin(query: string, nextToken?: string | null): Promise<Page<AdminBookRow>> {
  const data = await runAdminQuery<AdminSearchBooksQuery>(ADMIN_SEARCH_BOOKS, {
    query,
    limit: ADMIN_PAGE_SIZE,
    nextToken: nextToken ?? undefined,
  });
  return data.searchBooks;
}

export async function getBookForEdit(id: string): Promise<AdminBook | null> {
  return (await runAdminQuery<AdminGetBookQuery>(ADMIN_GET_BOOK, { id })).getBook;
}

export async function createBook(input: BookInput): Promise<AdminBook> {
  return (await runAdminQuery<CreateBookMutation>(CREATE_BOOK, { input })).createBook;
}

export async function updateBook(id: string, input: BookInput): Promise<AdminBook> {
  return (await runAdminQuery<UpdateBookMutation>(UPDATE_BOOK, { input: { id, ...input } })).updateBook;
}

/** The deleted book's id and title, or null if it was already gone. */
export async function deleteBook(id: string): Promise<{ id: string; title: string } | null> {
  return (await runAdminQuery<DeleteBookMutation>(DELETE_BOOK, { id })).deleteBook;
}

/** A presigned PUT for one cover; `contentLength` is signed into it, so S3 refuses a body of another size. */
export async function createCoverUpload(contentType: string, contentLength: number): Promise<CoverUpload> {
  return (await runAdminQuery<CreateCoverUploadMutation>(CREATE_COVER_UPLOAD, { contentType, contentLength }))
    .createCoverUpload;
}
