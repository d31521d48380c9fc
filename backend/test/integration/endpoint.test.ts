/** The GraphQL endpoint refuses what AppSync refuses and never leaks internals. */
import { errorTypes, gql, gqlRaw, guest } from './client';

describe('GraphQL endpoint limits', () => {
  it('GIVEN a query nested deeper than 10 THEN 400 before any resolver runs', async () => {
    const deep = `{ listBooks { items { ${'a { '.repeat(10)}b${' }'.repeat(10)} } } }`;
    const res = await gqlRaw(JSON.stringify({ query: deep }), guest());
    expect(res.status).toBe(400);
    expect(res.errors?.[0]).toMatchObject({ errorType: 'ValidationError', message: expect.stringMatching(/depth/) });
  });

  it('GIVEN a body over 1 MB THEN 413', async () => {
    const res = await gqlRaw(
      JSON.stringify({ query: '{ getBook(id: "x") { id } }', variables: { pad: 'x'.repeat(1_100_000) } }),
      guest(),
    );
    expect(res.status).toBe(413);
  });

  it('GIVEN GraphQL that does not parse THEN 400 with the syntax error', async () => {
    const res = await gqlRaw(JSON.stringify({ query: '{ getBook(id: ' }), guest());
    expect(res.status).toBe(400);
    expect(res.errors?.[0]?.message).toMatch(/Syntax Error/);
  });

  it('GIVEN a body without a query THEN 400', async () => {
    expect((await gqlRaw(JSON.stringify({ variables: {} }), guest())).status).toBe(400);
    expect((await gqlRaw('[]', guest())).status).toBe(400);
  });

  it('GIVEN an unknown field THEN a validation error naming it', async () => {
    const res = await gql('{ getBook(id: "x") { id secret } }', {}, guest());
    expect(res.errors?.[0]?.message).toMatch(/secret/);
  });

  it('GIVEN a resolver error THEN no stack trace or file path reaches the client', async () => {
    const res = await gql('query { listBooks(nextToken: "not-a-token") { items { id } } }', {}, guest());
    expect(res.errors?.length).toBeGreaterThan(0);
    expect(JSON.stringify(res.errors)).not.toMatch(/\bat .+\.(js|ts):\d+|node_modules|\/work\//);
  });

  it('serves only /graphql: the simulator config and clear-data endpoints are not reachable', async () => {
    const url = new URL(process.env.FOLIO_TEST_STACK ? JSON.parse(process.env.FOLIO_TEST_STACK).graphqlUrl : '');
    for (const path of ['/api-config', '/clear-data', '/']) {
      const res = await fetch(new URL(path, url), { method: path === '/clear-data' ? 'DELETE' : 'GET' });
      expect(res.status).toBe(404);
    }
  });

  it('answers CORS preflight for browser apps on other origins', async () => {
    const url = JSON.parse(process.env.FOLIO_TEST_STACK!).graphqlUrl;
    const res = await fetch(url, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:3000', 'access-control-request-method': 'POST' },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-headers')).toMatch(/authorization/);
  });

  it('GIVEN a customer-only query with the API key THEN Unauthorized, not a crash', async () => {
    expect(errorTypes(await gql('{ myOrders { items { id } } }', {}, guest()))).toEqual(['Unauthorized']);
  });
});
