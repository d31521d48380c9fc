import { parse } from 'graphql';
import { queryDepth } from './query-depth';

describe('queryDepth', () => {
  it('counts nested fields', () => {
    expect(queryDepth(parse('{ listBooks { items { id } } }'))).toBe(3);
  });
  it('follows fragments and inline fragments', () => {
    expect(
      queryDepth(
        parse(
          'query { myOrders { ...O } } fragment O on OrderConnection { items { ... on Order { items { title } } } }',
        ),
      ),
    ).toBe(4);
  });
  it('stops on fragment cycles', () => {
    expect(queryDepth(parse('{ a { ...F } } fragment F on T { b { ...F } }'))).toBe(2);
  });
});
