/**
 * The catalog's GraphQL documents. Each exported string is checked against backend/graphql/schema.graphql by
 * src/graphql.contract.test.ts.
 */

/** What a book card or shelf shows. */
const BOOK_CARD = /* GraphQL */ `
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

export const LIST_BOOKS = /* GraphQL */ `
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

export const SEARCH_BOOKS = /* GraphQL */ `
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

export const GET_BOOK = /* GraphQL */ `
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
