/** Page tokens are opaque and tamper-evident on every paged field: sealed, bound to their query, refused if altered. */
import { gql, guest, ok, type Auth, type GqlResponse } from './client';
import { customer, LIST_BOOKS, makeBook, MY_ORDERS, orderInput, PROCESS_ORDER, SEARCH_BOOKS } from './fixtures';

jest.setTimeout(90_000);

/** The token with one character in its middle changed to another valid base64url character. */
const tampered = (token: string) => {
  const at = Math.floor(token.length / 2);
  return token.slice(0, at) + (token[at] === 'A' ? 'B' : 'A') + token.slice(at + 1);
};
/** Every way a client might try to read a token. */
const readings = (token: string) => [
  token,
  Buffer.from(token, 'base64').toString('latin1'),
  Buffer.from(token, 'base64url').toString('latin1'),
];
// The first error with a type: a non-null field that failed also adds "Cannot return null" without one.
const refusal = (res: GqlResponse<unknown>) => res.errors?.find((e) => e.errorType);
const expectInvalidToken = (res: GqlResponse<unknown>) =>
  expect(refusal(res)).toMatchObject({
    errorType: 'ValidationError',
    message: 'The page token is not valid',
    errorInfo: { fields: { nextToken: expect.any(String) } },
  });

describe('myOrders page tokens', () => {
  let owner: { auth: Auth; tokens: { sub: string } };
  let first: string;

  beforeAll(async () => {
    const book = await makeBook({ stock: 5 });
    owner = await customer();
    for (let i = 0; i < 2; i += 1)
      await ok(PROCESS_ORDER, { input: orderInput([{ bookId: book.id, quantity: 1 }]) }, owner.auth);
    first = (await ok(MY_ORDERS, { limit: 1 }, owner.auth)).myOrders.nextToken!;
  }, 90_000);

  it('GIVEN a page of my orders THEN its nextToken does not show my customer id however it is decoded', () => {
    expect(first).toEqual(expect.any(String));
    for (const text of readings(first)) expect(text).not.toContain(owner.tokens.sub);
  });

  it('GIVEN the token unchanged THEN the next page follows', async () => {
    const next = (await ok(MY_ORDERS, { limit: 1, nextToken: first }, owner.auth)).myOrders;
    expect(next.items).toHaveLength(1);
  });

  it('GIVEN the token altered, or garbage THEN ValidationError, no DynamoDB error', async () => {
    expectInvalidToken(await gql(MY_ORDERS, { limit: 1, nextToken: tampered(first) }, owner.auth));
    expectInvalidToken(await gql(MY_ORDERS, { limit: 1, nextToken: 'not-a-token' }, owner.auth));
  });

  it("GIVEN another customer's token THEN ValidationError: a token serves only the query it came from", async () => {
    const other = await customer();
    expectInvalidToken(await gql(MY_ORDERS, { limit: 1, nextToken: first }, other.auth));
  });
});

describe('listBooks page tokens', () => {
  it("GIVEN a page THEN its token hides the key; altered, garbage or another genre's THEN ValidationError", async () => {
    const page = (await ok(LIST_BOOKS, { limit: 2 }, guest())).listBooks;
    const token = page.nextToken!;
    for (const text of readings(token)) {
      expect(text).not.toContain(page.items[1].id);
      expect(text).not.toContain('BOOK');
    }
    expect((await ok(LIST_BOOKS, { limit: 2, nextToken: token }, guest())).listBooks.items[0].id).not.toBe(
      page.items[0].id,
    );
    expectInvalidToken(await gql(LIST_BOOKS, { limit: 2, nextToken: tampered(token) }, guest()));
    expectInvalidToken(await gql(LIST_BOOKS, { limit: 2, nextToken: 'not-a-token' }, guest()));
    expectInvalidToken(await gql(LIST_BOOKS, { genre: 'poetry', limit: 2, nextToken: token }, guest()));
  });
});

describe('searchBooks page tokens', () => {
  it('GIVEN a page THEN its token hides the key; altered or garbage THEN ValidationError', async () => {
    const page = (await ok(SEARCH_BOOKS, { query: 'the', limit: 2 }, guest())).searchBooks;
    const token = page.nextToken!;
    expect(token).toEqual(expect.any(String));
    for (const text of readings(token)) expect(text).not.toMatch(/prefix|titleSort/);
    expect(
      (await ok(SEARCH_BOOKS, { query: 'the', limit: 2, nextToken: token }, guest())).searchBooks.items,
    ).toHaveLength(2);
    expectInvalidToken(await gql(SEARCH_BOOKS, { query: 'the', limit: 2, nextToken: tampered(token) }, guest()));
    expectInvalidToken(await gql(SEARCH_BOOKS, { query: 'the', limit: 2, nextToken: 'not-a-token' }, guest()));
  });
});
