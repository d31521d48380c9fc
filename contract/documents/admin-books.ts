/**
 * The admin pages' book documents (catalog remote, group Admin, user-pool auth). The admin's own rather than the
 * storefront's (catalog.ts): the list needs `featured`, which the customers' card leaves out; the edit form reads a
 * book with the very fragment a save answers with; and a module shared with the storefront's pages could no longer
 * be inlined into the home route's chunk (webpack keeps a module whole in every chunk that imports it).
 */
import type {
  AdminBookFragment,
  AdminBookRowFragment,
  AdminGetBookQuery,
  AdminGetBookQueryVariables,
  AdminListBooksQuery,
  AdminListBooksQueryVariables,
  AdminSearchBooksQuery,
  AdminSearchBooksQueryVariables,
  CreateBookMutation,
  CreateBookMutationVariables,
  CreateCoverUploadMutation,
  CreateCoverUploadMutationVariables,
  DeleteBookMutation,
  DeleteBookMutationVariables,
  UpdateBookMutation,
  UpdateBookMutationVariables,
} from '../generated/operations';
import type { TypedDocument } from './typed-document';

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

export const ADMIN_LIST_BOOKS = <TypedDocument<AdminListBooksQuery, AdminListBooksQueryVariables>>/* GraphQL */ `
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

export const ADMIN_SEARCH_BOOKS = <TypedDocument<AdminSearchBooksQuery, AdminSearchBooksQueryVariables>>/* GraphQL */ `
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

export const ADMIN_GET_BOOK = <TypedDocument<AdminGetBookQuery, AdminGetBookQueryVariables>>/* GraphQL */ `
  query AdminGetBook($id: ID!) {
    getBook(id: $id) {
      ...AdminBook
    }
  }
  ${ADMIN_BOOK}
`;

export const CREATE_BOOK = <TypedDocument<CreateBookMutation, CreateBookMutationVariables>>/* GraphQL */ `
  mutation CreateBook($input: CreateBookInput!) {
    createBook(input: $input) {
      ...AdminBook
    }
  }
  ${ADMIN_BOOK}
`;

export const UPDATE_BOOK = <TypedDocument<UpdateBookMutation, UpdateBookMutationVariables>>/* GraphQL */ `
  mutation UpdateBook($input: UpdateBookInput!) {
    updateBook(input: $input) {
      ...AdminBook
    }
  }
  ${ADMIN_BOOK}
`;

export const DELETE_BOOK = <TypedDocument<DeleteBookMutation, DeleteBookMutationVariables>>/* GraphQL */ `
  mutation DeleteBook($id: ID!) {
    deleteBook(id: $id) {
      id
      title
    }
  }
`;

export const CREATE_COVER_UPLOAD = <TypedDocument<CreateCoverUploadMutation, CreateCoverUploadMutationVariables>>(
  /* GraphQL */ `
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
  `
);

export type AdminBookRow = AdminBookRowFragment;
export type AdminBook = AdminBookFragment;
/** A presigned PUT for one cover: its headers must be sent exactly as given, they are part of the signature. */
export type CoverUpload = CreateCoverUploadMutation['createCoverUpload'];
