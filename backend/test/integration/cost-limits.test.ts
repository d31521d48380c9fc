/** What one request may cost (graphql/limits.ts): refused before anything runs, and slow bodies are cut. */
import { request } from 'node:http';
import { API_LIMITS } from '../../graphql/limits';
import { gqlRaw, guest } from './client';
import { stackInfo } from './stack-info';

jest.setTimeout(60_000);

const aliasedListBooks = (n: number) =>
  `{ ${Array.from({ length: n }, (_, i) => `b${i}: listBooks(limit: 100) { items { id title description } }`).join(' ')} }`;

describe('API cost limits', () => {
  it('GIVEN 300 aliased listBooks(limit: 100) WHEN a guest sends them THEN 400 naming the limit, fast', async () => {
    const started = Date.now();
    const res = await gqlRaw(JSON.stringify({ query: aliasedListBooks(300) }), guest());
    const elapsed = Date.now() - started;
    expect(res.status).toBe(400);
    expect(res.errors?.[0]).toMatchObject({
      errorType: 'ValidationError',
      message: `The GraphQL document exceeds ${API_LIMITS.queryBytes} bytes`,
    });
    expect(res.data ?? null).toBeNull();
    expect(elapsed).toBeLessThan(1_000);
  });

  it('GIVEN a short document with one root field over the limit WHEN sent THEN 400 naming the limit', async () => {
    const fields = API_LIMITS.rootFields + 1;
    const query = `{ ${Array.from({ length: fields }, (_, i) => `b${i}: getBook(id: "x") { id }`).join(' ')} }`;
    const res = await gqlRaw(JSON.stringify({ query }), guest());
    expect(res.status).toBe(400);
    expect(res.errors?.[0]).toMatchObject({
      errorType: 'ValidationError',
      message: expect.stringMatching(new RegExp(`${fields} root fields.*limit is ${API_LIMITS.rootFields}`)),
    });
  });

  it('GIVEN two aliased listBooks(limit: 100) WHEN sent THEN 400 naming the list-items limit', async () => {
    const res = await gqlRaw(JSON.stringify({ query: aliasedListBooks(2) }), guest());
    expect(res.status).toBe(400);
    expect(res.errors?.[0]).toMatchObject({
      errorType: 'ValidationError',
      message: `The request asks for 200 list items (the sum of its limits); the limit is ${API_LIMITS.listItems}`,
    });
  });

  it('GIVEN limits passed as variables WHEN they add up to more than allowed THEN refused too', async () => {
    const query = 'query Q($n: Int) { a: listBooks(limit: $n) { nextToken } b: listBooks(limit: $n) { nextToken } }';
    const res = await gqlRaw(JSON.stringify({ query, variables: { n: 60 } }), guest());
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.message).toMatch(/asks for 120 list items/);
  });

  it('GIVEN as many root fields as the limit allows WHEN sent THEN each is answered', async () => {
    const res = await gqlRaw(
      JSON.stringify({ query: aliasedListBooks(API_LIMITS.rootFields).replaceAll('limit: 100', 'limit: 2') }),
      guest(),
    );
    expect(res.status).toBe(200);
    expect(res.errors).toBeUndefined();
    expect(Object.keys(res.data as object)).toHaveLength(API_LIMITS.rootFields);
  });

  it('GIVEN a body trickled a byte every 2 s WHEN the deadline passes THEN 408 and the connection is closed', async () => {
    const url = new URL(stackInfo().graphqlUrl);
    const body = JSON.stringify({ query: '{ getBook(id: "x") { id } }' });
    const started = Date.now();
    const { status, closedAfterMs } = await new Promise<{ status: number; closedAfterMs: number }>(
      (resolve, reject) => {
        const req = request(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            'x-api-key': stackInfo().apiKey,
          },
        });
        let sent = 0;
        const drip = setInterval(() => sent < body.length - 1 && req.write(body[sent++]), 2_000);
        req.on('response', (res) => {
          res.resume();
          res.on('end', () => {
            clearInterval(drip);
            resolve({ status: res.statusCode ?? 0, closedAfterMs: Date.now() - started });
          });
        });
        req.on('error', (error) => {
          clearInterval(drip);
          reject(error);
        });
        req.flushHeaders();
      },
    );
    expect(status).toBe(408);
    expect(closedAfterMs).toBeGreaterThanOrEqual(API_LIMITS.bodyDeadlineSeconds * 1000 - 100);
    expect(closedAfterMs).toBeLessThan(API_LIMITS.bodyDeadlineSeconds * 1000 + 5_000);
  });
});
