import { parse } from 'graphql';
import { folioSchema } from '@folio/contract/schema';
import { RESOLVERS } from '../graphql/api';
import { queryCost } from './query-cost';

const schema = folioSchema();
const cost = (query: string, operationName?: string) => queryCost(schema, parse(query), operationName);

describe('queryCost', () => {
  it('GIVEN one listBooks WHEN costed THEN it is one root field and one resolver', () => {
    expect(cost('{ listBooks(limit: 100) { items { id title } nextToken } }')).toEqual({ rootFields: 1, resolvers: 1 });
  });

  it('GIVEN 300 aliases of listBooks WHEN costed THEN each alias is a root field and a resolver', () => {
    const query = `{ ${Array.from({ length: 300 }, (_, i) => `b${i}: listBooks(limit: 100) { items { id } }`).join(' ')} }`;
    expect(cost(query)).toEqual({ rootFields: 300, resolvers: 300 });
  });

  it('GIVEN root fields inside fragments and __typename WHEN costed THEN all are counted, resolvers only once each', () => {
    const query = `query Q { __typename ...F ... on Query { a: getBook(id: "1") { id } } }
      fragment F on Query { listBooks { items { id } } b: searchBooks(query: "x") { nextToken } }`;
    expect(cost(query)).toEqual({ rootFields: 4, resolvers: 3 });
  });

  it('GIVEN a document of two operations WHEN costed THEN only the one named runs', () => {
    const query =
      'query A { getBook(id: "1") { id } } query B { x: getBook(id: "1") { id } y: getBook(id: "2") { id } }';
    expect(cost(query, 'B')).toEqual({ rootFields: 2, resolvers: 2 });
    expect(cost(query, 'A')).toEqual({ rootFields: 1, resolvers: 1 });
  });

  it('GIVEN a mutation WHEN costed THEN its root is Mutation', () => {
    expect(cost('mutation { deleteBook(id: "1") { id } createCoverUpload(contentType: "image/png") { url } }')).toEqual(
      {
        rootFields: 2,
        resolvers: 2,
      },
    );
  });

  it('GIVEN a fragment cycle WHEN costed THEN it stops', () => {
    expect(cost('{ ...F } fragment F on Query { getBook(id: "1") { id } ...F }')).toEqual({
      rootFields: 1,
      resolvers: 1,
    });
  });

  it('GIVEN the resolvers WHEN listed THEN all sit on Query or Mutation, so counting selections is exact', () => {
    // A resolver on a nested field (Book.reviews, say) runs once per item: queryCost must multiply by the list's
    // `limit` before this changes.
    expect(RESOLVERS.filter((r) => r.typeName !== 'Query' && r.typeName !== 'Mutation')).toEqual([]);
  });
});
