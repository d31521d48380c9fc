/** Shared documents and helpers for the integration tests. */
import { randomUUID } from 'node:crypto';
import Stripe from 'stripe';
import { asUser, newCustomer, ok, signIn, type Auth, type Tokens } from './client';
import { stackInfo } from './stack-info';
import type { TypedDocument } from '@folio/contract/documents/typed-document';
import type {
  CreateBookInput,
  OrderItemInput,
  ProcessOrderInput,
  TestBookFragment,
  TestCreateBookMutation,
  TestCreateBookMutationVariables,
  TestGetBookQuery,
  TestGetBookQueryVariables,
  TestGetOrderQuery,
  TestGetOrderQueryVariables,
  TestListBooksQuery,
  TestListBooksQueryVariables,
  TestMyOrdersQuery,
  TestMyOrdersQueryVariables,
  TestOrderFragment,
  TestProcessOrderMutation,
  TestProcessOrderMutationVariables,
  TestSearchBooksQuery,
  TestSearchBooksQueryVariables,
  TestUpdateBookMutation,
  TestUpdateBookMutationVariables,
} from '@folio/contract/generated/operations';

/**
 * The integration tests' documents: wider than any app's (every field, to check what the resolvers store), typed
 * from the schema by codegen (contract/generated/test-operations.ts) like the apps' own.
 */
const TEST_BOOK = /* GraphQL */ `
  fragment TestBook on Book {
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
    createdAt
    updatedAt
  }
`;

const TEST_ORDER = /* GraphQL */ `
  fragment TestOrder on Order {
    id
    customerId
    totalCents
    currency
    status
    paymentIntentId
    createdAt
    items {
      bookId
      title
      unitPriceCents
      quantity
    }
    shippingAddress {
      name
      line1
      line2
      city
      postalCode
      country
    }
  }
`;

export const GET_BOOK = <TypedDocument<TestGetBookQuery, TestGetBookQueryVariables>>/* GraphQL */ `
  query TestGetBook($id: ID!) {
    getBook(id: $id) {
      ...TestBook
    }
  }
  ${TEST_BOOK}
`;

export const LIST_BOOKS = <TypedDocument<TestListBooksQuery, TestListBooksQueryVariables>>/* GraphQL */ `
  query TestListBooks($genre: String, $featured: Boolean, $limit: Int, $nextToken: String) {
    listBooks(genre: $genre, featured: $featured, limit: $limit, nextToken: $nextToken) {
      items {
        ...TestBook
      }
      nextToken
    }
  }
  ${TEST_BOOK}
`;

export const SEARCH_BOOKS = <TypedDocument<TestSearchBooksQuery, TestSearchBooksQueryVariables>>/* GraphQL */ `
  query TestSearchBooks($query: String!, $limit: Int, $nextToken: String) {
    searchBooks(query: $query, limit: $limit, nextToken: $nextToken) {
      items {
        id
        title
        author
      }
      nextToken
    }
  }
`;

export const CREATE_BOOK = <TypedDocument<TestCreateBookMutation, TestCreateBookMutationVariables>>/* GraphQL */ `
  mutation TestCreateBook($input: CreateBookInput!) {
    createBook(input: $input) {
      ...TestBook
    }
  }
  ${TEST_BOOK}
`;

export const UPDATE_BOOK = <TypedDocument<TestUpdateBookMutation, TestUpdateBookMutationVariables>>/* GraphQL */ `
  mutation TestUpdateBook($input: UpdateBookInput!) {
    updateBook(input: $input) {
      ...TestBook
    }
  }
  ${TEST_BOOK}
`;

/** The admin page's own documents, so the tests exercise exactly what the app sends. */
export { CREATE_COVER_UPLOAD, DELETE_BOOK } from '@folio/contract/documents/admin-books';

export const PROCESS_ORDER = <TypedDocument<TestProcessOrderMutation, TestProcessOrderMutationVariables>>/* GraphQL */ `
  mutation TestProcessOrder($input: ProcessOrderInput!) {
    processOrder(input: $input) {
      ...TestOrder
    }
  }
  ${TEST_ORDER}
`;

export const MY_ORDERS = <TypedDocument<TestMyOrdersQuery, TestMyOrdersQueryVariables>>/* GraphQL */ `
  query TestMyOrders($limit: Int, $nextToken: String) {
    myOrders(limit: $limit, nextToken: $nextToken) {
      items {
        ...TestOrder
      }
      nextToken
    }
  }
  ${TEST_ORDER}
`;

export const GET_ORDER = <TypedDocument<TestGetOrderQuery, TestGetOrderQueryVariables>>/* GraphQL */ `
  query TestGetOrder($id: ID!) {
    getOrder(id: $id) {
      ...TestOrder
    }
  }
  ${TEST_ORDER}
`;

/** A book as the tests read it back (every field). */
export type TestBook = TestBookFragment;
export type TestOrder = TestOrderFragment;

export const ADDRESS = {
  name: 'Ada Reader',
  line1: '1 Library Lane',
  city: 'Bath',
  postalCode: 'BA1 1AA',
  country: 'GB',
};

let adminAuth: Promise<Auth> | undefined;
export const admin = (): Promise<Auth> => (adminAuth ??= signIn('admin@folio.test').then(asUser));

export async function customer(): Promise<{ auth: Auth; tokens: Tokens & { email: string } }> {
  const tokens = await newCustomer();
  return { auth: asUser(tokens), tokens };
}

/** A book made for one test, with the stock and price the test needs. */
export async function makeBook(overrides: Partial<CreateBookInput> = {}): Promise<TestBook> {
  const input = {
    title: `Test Book ${randomUUID().slice(0, 8)}`,
    author: 'Test Author',
    genre: 'mystery',
    priceCents: 1250,
    stock: 10,
    ...overrides,
  };
  const data = await ok(CREATE_BOOK, { input }, await admin());
  return data.createBook;
}

export async function stockOf(id: string): Promise<number> {
  const { getBook } = await ok(GET_BOOK, { id }, { apiKey: stackInfo().apiKey });
  if (!getBook) throw new Error(`no book ${id}`);
  return getBook.stock;
}

export const orderInput = (items: OrderItemInput[], extra: Partial<ProcessOrderInput> = {}): ProcessOrderInput => ({
  idempotencyKey: randomUUID(),
  items,
  paymentMethodId: 'pm_card_visa',
  shippingAddress: ADDRESS,
  ...extra,
});

/** The Stripe emulator, read with the official SDK as makePayment writes to it. */
export function stripeClient(): Stripe {
  const url = new URL(stackInfo().stripeUrl);
  return new Stripe('sk_test_folio_local', { host: url.hostname, port: Number(url.port), protocol: 'http' });
}

export async function paymentIntentsOf(customerId: string): Promise<Stripe.PaymentIntent[]> {
  const all: Stripe.PaymentIntent[] = [];
  for await (const pi of stripeClient().paymentIntents.list({ limit: 100 })) {
    if (pi.metadata?.customerId === customerId) all.push(pi);
  }
  return all;
}
