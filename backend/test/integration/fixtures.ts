/** Shared documents and helpers for the integration tests. */
import { randomUUID } from 'node:crypto';
import Stripe from 'stripe';
import { asUser, newCustomer, ok, signIn, type Auth, type Tokens } from './client';
import { stackInfo } from './stack-info';

export const BOOK_FIELDS =
  'id title author description genre priceCents currency stock coverKey featured isbn publishedYear createdAt updatedAt';
export const ORDER_FIELDS =
  'id customerId totalCents currency status paymentIntentId createdAt items { bookId title unitPriceCents quantity } shippingAddress { name line1 line2 city postalCode country }';

export const GET_BOOK = `query ($id: ID!) { getBook(id: $id) { ${BOOK_FIELDS} } }`;
export const LIST_BOOKS = `query ($genre: String, $featured: Boolean, $limit: Int, $nextToken: String) {
  listBooks(genre: $genre, featured: $featured, limit: $limit, nextToken: $nextToken) { items { ${BOOK_FIELDS} } nextToken } }`;
export const SEARCH_BOOKS = `query ($query: String!, $limit: Int, $nextToken: String) {
  searchBooks(query: $query, limit: $limit, nextToken: $nextToken) { items { id title author } nextToken } }`;
export const CREATE_BOOK = `mutation ($input: CreateBookInput!) { createBook(input: $input) { ${BOOK_FIELDS} } }`;
export const UPDATE_BOOK = `mutation ($input: UpdateBookInput!) { updateBook(input: $input) { ${BOOK_FIELDS} } }`;
export const DELETE_BOOK = `mutation ($id: ID!) { deleteBook(id: $id) { id title } }`;
export const CREATE_COVER_UPLOAD = `mutation ($contentType: String!, $contentLength: Int) {
  createCoverUpload(contentType: $contentType, contentLength: $contentLength) { key uploadUrl publicUrl headers { name value } maxBytes } }`;
export const PROCESS_ORDER = `mutation ($input: ProcessOrderInput!) { processOrder(input: $input) { ${ORDER_FIELDS} } }`;
export const MY_ORDERS = `query ($limit: Int, $nextToken: String) { myOrders(limit: $limit, nextToken: $nextToken) { items { ${ORDER_FIELDS} } nextToken } }`;
export const GET_ORDER = `query ($id: ID!) { getOrder(id: $id) { ${ORDER_FIELDS} } }`;

export const ADDRESS = {
  name: 'Ada Reader',
  line1: '1 Library Lane',
  city: 'Bath',
  postalCode: 'BA1 1AA',
  country: 'GB',
};

let adminAuth: Promise<Auth> | undefined;
export const admin = (): Promise<Auth> => (adminAuth ??= signIn('admin@folio.test').then(asUser));

export async function customer(): Promise<{ auth: Auth; tokens: Tokens }> {
  const tokens = await newCustomer();
  return { auth: asUser(tokens), tokens };
}

/** A book made for one test, with the stock and price the test needs. */
export async function makeBook(overrides: Record<string, unknown> = {}): Promise<Record<string, any>> {
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
  const data = await ok(GET_BOOK, { id }, { apiKey: stackInfo().apiKey });
  return data.getBook.stock;
}

export const orderInput = (items: { bookId: string; quantity: number }[], extra: Record<string, unknown> = {}) => ({
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
