/**
 * The admin pages' GraphQL documents (group Admin, user-pool auth), checked against backend/graphql/schema.graphql
 * by src/graphql.contract.test.ts. They are the admin's own rather than the catalog's (api/graphql.ts): the list
 * needs `featured`, which the customers' card fragment leaves out; the edit form reads a book with the very
 * fragment a save answers with; and importing the customers' documents into the admin chunk would make the home
 * route's chunk bigger (admin-client.ts says why).
 */

/** One row of the admin's book table. */
const ADMIN_BOOK_ROW = /* GraphQL */ `
  fragment AdminBookRow on Book {
    id
    title
    author
    genre
    priceCents
    currency
    stock
    featured
    coverKey
  }
`;

/** A book as the form edits it, and as a create or update answers (trimmed, ISBN normalised). */
const ADMIN_BOOK = /* GraphQL */ `
  fragment AdminBook on Book {
    id
    title
    author
    description
    genre
    priceCents
    currency
    stock
    coverKey
    featured
    isbn
    publishedYear
    updatedAt
  }
`;

export const ADMIN_LIST_BOOKS = /* GraphQL */ `
  query AdminListBooks($genre: String, $limit: Int, $nextToken: String) {
    listBooks(genre: $genre, limit: $limit, nextToken: $nextToken) {
      items {
        ...AdminBookRow
      }
      nextToken
    }
  }
  ${ADMIN_BOOK_ROW}
`;

export const ADMIN_SEARCH_BOOKS = /* GraphQL */ `
  query AdminSearchBooks($query: String!, $limit: Int, $nextToken: String) {
    searchBooks(query: $query, limit: $limit, nextToken: $nextToken) {
      items {
        ...AdminBookRow
      }
      nextToken
    }
  }
  ${ADMIN_BOOK_ROW}
`;

export const ADMIN_GET_BOOK = /* GraphQL */ `
  query AdminGetBook($id: ID!) {
    getBook(id: $id) {
      ...AdminBook
    }
  }
  ${ADMIN_BOOK}
`;

export const CREATE_BOOK = /* GraphQL */ `
  mutation CreateBook($input: CreateBookInput!) {
    createBook(input: $input) {
      ...AdminBook
    }
  }
  ${ADMIN_BOOK}
`;

export const UPDATE_BOOK = /* GraphQL */ `
  mutation UpdateBook($input: UpdateBookInput!) {
    updateBook(input: $input) {
      ...AdminBook
    }
  }
  ${ADMIN_BOOK}
`;

export const DELETE_BOOK = /* GraphQL */ `
  mutation DeleteBook($id: ID!) {
    deleteBook(id: $id) {
      id
      title
    }
  }
`;

export const CREATE_COVER_UPLOAD = /* GraphQL */ `
  mutation CreateCoverUpload($contentType: String!, $contentLength: Int) {
    createCoverUpload(contentType: $contentType, contentLength: $contentLength) {
      key
      uploadUrl
      publicUrl
      headers {
        name
        value
      }
      maxBytes
    }
  }
`;
