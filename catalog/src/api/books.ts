/** The catalog's reads, typed: as the signed-in customer when there is one (AppSync sees who asks), else as a guest. */
import { graphql } from '@folio/config/web/graphql';
import { GET_BOOK, LIST_BOOKS, SEARCH_BOOKS, type BookDetail, type BookPage } from '@folio/contract/documents/catalog';

export interface ListOptions {
  genre?: string;
  featured?: boolean;
  limit?: number;
  nextToken?: string | null;
}

export async function listBooks({ genre, featured, limit = 24, nextToken }: ListOptions = {}): Promise<BookPage> {
  const data = await graphql({
    query: LIST_BOOKS,
    variables: { genre, featured, limit, nextToken: nextToken ?? undefined },
  });
  return data.listBooks;
}

export async function searchBooks(
  query: string,
  { limit = 24, nextToken }: { limit?: number; nextToken?: string | null } = {},
): Promise<BookPage> {
  const data = await graphql({ query: SEARCH_BOOKS, variables: { query, limit, nextToken: nextToken ?? undefined } });
  return data.searchBooks;
}

export async function getBook(id: string): Promise<BookDetail | null> {
  const data = await graphql({ query: GET_BOOK, variables: { id } });
  return data.getBook ?? null;
}
