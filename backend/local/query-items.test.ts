import { parse } from 'graphql';
import { folioSchema } from '@folio/contract/schema';
import { PAGE } from '../functions/shared/page-token';
import { queryItems } from './query-items';

const schema = folioSchema();
const items = (query: string, variables?: Record<string, unknown>, operationName?: string) =>
  queryItems(schema, parse(query), variables, operationName);

describe('queryItems', () => {
  it('GIVEN listBooks(limit: 100) THEN 100; GIVEN getBook THEN 0', () => {
    expect(items('{ listBooks(limit: 100) { items { id } } }')).toBe(100);
    expect(items('{ getBook(id: "1") { id } }')).toBe(0);
  });

  it('GIVEN no limit THEN the default page; GIVEN a limit in a variable THEN its value', () => {
    expect(items('{ listBooks { items { id } } }')).toBe(PAGE.defaultLimit);
    expect(items('query Q($n: Int) { myOrders(limit: $n) { nextToken } }', { n: 7 })).toBe(7);
    expect(items('query Q($n: Int) { myOrders(limit: $n) { nextToken } }', {})).toBe(PAGE.defaultLimit);
  });

  it('GIVEN aliases, fragments and inline fragments THEN every paged field counts', () => {
    const query = `query Q { a: listBooks(limit: 30) { nextToken } ...F ... on Query { searchBooks(query: "x", limit: 5) { nextToken } } }
      fragment F on Query { b: listBooks(limit: 10) { nextToken } }`;
    expect(items(query)).toBe(45);
  });

  it('GIVEN an out-of-range limit THEN at most the largest page (the resolver refuses it with its own message)', () => {
    expect(items('{ listBooks(limit: 100000) { nextToken } }')).toBe(PAGE.maxLimit);
  });

  it('GIVEN a document of two operations THEN only the one named', () => {
    const query = 'query A { listBooks(limit: 3) { nextToken } } query B { listBooks(limit: 50) { nextToken } }';
    expect(items(query, {}, 'B')).toBe(50);
  });
});
