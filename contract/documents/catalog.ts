/**
 * The storefront's book reads (catalog remote), as guest (API key) or signed-in customer. Types: the generated
 * `ListBooksQuery`, `SearchBooksQuery`, `GetBookQuery` (generated/operations.ts), and the short names below.
 */
import type {
  BookCardFragment,
  GetBookQuery,
  GetBookQueryVariables,
  ListBooksQuery,
  ListBooksQueryVariables,
  SearchBooksQuery,
  SearchBooksQueryVariables,
} from '../generated/operations';
import type { TypedDocument } from './typed-document';

/** What a book card or shelf shows (and what the prerenderer reads of every book: site.ts). */
export const BOOK_CARD = /* GraphQL */ `
  fragment BookCard on Book {
    id
    title
    author
    genre
    priceCents
    currency
    stock
    coverKey
  }
`;

export const LIST_BOOKS = <TypedDocument<ListBooksQuery, ListBooksQueryVariables>>/* GraphQL */ `
  query ListBooks($genre: String, $featured: Boolean, $limit: Int, $nextToken: String) {
    listBooks(genre: $genre, featured: $featured, limit: $limit, nextToken: $nextToken) {
      items {
        ...BookCard
      }
      nextToken
    }
  }
  ${BOOK_CARD}
`;

export const SEARCH_BOOKS = <TypedDocument<SearchBooksQuery, SearchBooksQueryVariables>>/* GraphQL */ `
  query SearchBooks($query: String!, $limit: Int, $nextToken: String) {
    searchBooks(query: $query, limit: $limit, nextToken: $nextToken) {
      items {
        ...BookCard
      }
      nextToken
    }
  }
  ${BOOK_CARD}
`;

export const GET_BOOK = <TypedDocument<GetBookQuery, GetBookQueryVariables>>/* GraphQL */ `
  query GetBook($id: ID!) {
    getBook(id: $id) {
      ...BookCard
      description
      featured
      isbn
      publishedYear
    }
  }
  ${BOOK_CARD}
`;

export type BookCardData = BookCardFragment;
/** A page of cards, from listBooks or searchBooks (the same selection). */
export type BookPage = ListBooksQuery['listBooks'];
export type BookDetail = NonNullable<GetBookQuery['getBook']>;
