/** The catalog's reads, typed. */
import { GET_BOOK, LIST_BOOKS, SEARCH_BOOKS, type BookDetail, type BookPage } from '@folio/contract/documents/catalog';
import type { GetBookQuery, ListBooksQuery, SearchBooksQuery } from '@folio/contract/generated/operations';
import { runQuery } from './client';

export interface ListOptions {
  genre?: string;
  featured?: boolean;
  limit?: number;
  nextToken?: string | null;
}

export async function listBooks({ genre, featured, limit = 24, nextToken }: ListOptions = {}): Promise<BookPage> {
  const data = await runQuery<ListBooksQuery>(LIST_BOOKS, {
    genre,
    featured,
    limit,
    nextToken: nextToken ?? undefined,
  });
  return data.listBooks;
}

export async function searchBooks(
  query: string,
  { limit = 24, nextToken }: { limit?: number; nextToken?: string | null } = {},
): Promise<BookPage> {
  const data = await runQuery<SearchBooksQuery>(SEARCH_BOOKS, {
    query,
    limit,
    nextToken: nextToken ?? undefined,
  });
  return data.searchBooks;
}

export async function getBook(id: string): Promise<BookDetail | null> {
  const data = await runQuery<GetBookQuery>(GET_BOOK, { id });
  return data.getBook;
}
