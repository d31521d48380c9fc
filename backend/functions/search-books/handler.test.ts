import { fakeDocumentClient } from '../../test/fake-aws';
import type { PublicBook } from '../../catalog/book-store';

const db = { current: fakeDocumentClient() };
jest.mock('../shared/aws', () => ({ ddb: () => db.current }));

import { handler, planSearch } from './handler';

beforeEach(() =>
  Object.assign(process.env, { BOOKS_TABLE: 'Books', BOOK_SEARCH_TABLE: 'Search', PAGE_TOKEN_SECRET: 'test-secret' }),
);

describe('planSearch', () => {
  it('GIVEN words THEN the longest picks the partition and the rest must start words', () => {
    expect(planSearch('War PEACE')).toEqual({ prefix: 'peace', mustContain: ['war'] });
  });
  it('GIVEN accents and case THEN they fold away', () => {
    expect(planSearch('TOLSTÓY')).toEqual({ prefix: 'tolstoy', mustContain: [] });
  });
  it('GIVEN a word longer than the stored prefixes THEN its full form is also required', () => {
    expect(planSearch('extraordinarily')).toEqual({ prefix: 'extraordinar', mustContain: ['extraordinarily'] });
  });
  it.each(['', '  ', '!!', 'x'.repeat(201)])('GIVEN %p THEN ValidationError', (query) => {
    expect(() => planSearch(query)).toThrow(expect.objectContaining({ type: 'ValidationError' }));
  });
});

describe('searchBooks handler', () => {
  it('GIVEN two words THEN one Query on the prefix partition with a word filter, then the books by key in title order', async () => {
    db.current = fakeDocumentClient((c) => {
      if (c.name === 'QueryCommand') return { Items: [{ bookId: 'b2' }, { bookId: 'b1' }] };
      return {
        Responses: {
          Books: [
            { id: 'b1', title: 'B1', titleSort: 'x', catalog: 'BOOK' },
            { id: 'b2', title: 'B2' },
          ],
        },
      };
    });
    const out = (await handler({
      field: 'searchBooks',
      arguments: { query: 'war peace', limit: 10 },
      identity: null,
    })) as { data: { items: PublicBook[]; nextToken: string | null } };
    const query = db.current.sent[0];
    expect(query.input).toMatchObject({
      TableName: 'Search',
      KeyConditionExpression: '#prefix = :prefix',
      FilterExpression: 'contains(#text, :w0)',
      ExpressionAttributeValues: { ':prefix': 'peace', ':w0': ' war' },
      Limit: 10,
    });
    expect(out.data.items.map((b) => b.id)).toEqual(['b2', 'b1']);
    expect(out.data.items[1]).not.toHaveProperty('titleSort');
    expect(out.data.nextToken).toBeNull();
  });

  it('GIVEN a tampered nextToken THEN ValidationError', async () => {
    db.current = fakeDocumentClient(() => ({ Items: [] }));
    expect(
      await handler({ field: 'searchBooks', arguments: { query: 'war', nextToken: 'garbage' }, identity: null }),
    ).toMatchObject({ error: { type: 'ValidationError', message: 'The page token is not valid' } });
  });

  it("GIVEN a page's nextToken THEN it continues that search and is refused by another", async () => {
    db.current = fakeDocumentClient((command) =>
      command.name === 'QueryCommand'
        ? { Items: [{ bookId: 'b1', titleSort: 'war#b1' }], LastEvaluatedKey: { prefix: 'war', titleSort: 'war#b1' } }
        : { Responses: { Books: [] } },
    );
    const first = (await handler({ field: 'searchBooks', arguments: { query: 'war', limit: 1 }, identity: null })) as {
      data: { nextToken: string };
    };
    const token = first.data.nextToken;
    expect(Buffer.from(token, 'base64url').toString('latin1')).not.toContain('titleSort');
    const again = (query: string) =>
      handler({ field: 'searchBooks', arguments: { query, limit: 1, nextToken: token }, identity: null });
    expect(await again('war')).toHaveProperty('data');
    expect(await again('war peace')).toMatchObject({ error: { type: 'ValidationError' } });
  });
});
