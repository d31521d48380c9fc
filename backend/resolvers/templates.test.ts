/**
 * Every mapping template rendered with the simulator's VTL engine (the one the local stack runs):
 * GIVEN arguments and identity WHEN rendered THEN the DynamoDB or Lambda request is exactly this.
 */
import { raised, render } from '../test/vtl';

const customer = { sub: 'customer-1' };
const adminUser = { sub: 'admin-1', groups: ['Admin'] };

describe('Query.getBook.req.vtl', () => {
  it('GIVEN an id THEN a GetItem on that key', () => {
    expect(render('Query.getBook.req.vtl', { args: { id: 'emma' } }).result).toEqual({
      version: '2018-05-29',
      operation: 'GetItem',
      key: { id: { S: 'emma' } },
    });
  });
});

describe('Query.listBooks.req.vtl', () => {
  const query = (args: Record<string, unknown>) => render('Query.listBooks.req.vtl', { args }).result;

  it('GIVEN no filter THEN a Query on byTitle over the whole catalog, 24 a page, ascending', () => {
    expect(query({})).toEqual({
      version: '2018-05-29',
      operation: 'Query',
      index: 'byTitle',
      query: {
        expression: '#key = :key',
        expressionNames: { '#key': 'catalog' },
        expressionValues: { ':key': { S: 'BOOK' } },
      },
      limit: 24,
      nextToken: null,
      scanIndexForward: true,
    });
  });
  it('GIVEN a genre and a nextToken THEN a Query on byGenre continuing from it', () => {
    const out = query({ genre: 'poetry', limit: 5, nextToken: 'abc' });
    expect(out).toMatchObject({ index: 'byGenre', limit: 5, nextToken: 'abc' });
    expect(out.query.expressionValues).toEqual({ ':key': { S: 'poetry' } });
    expect(out.filter).toBeUndefined();
  });
  it('GIVEN featured: true THEN the sparse byFeatured index, no filter', () => {
    const out = query({ featured: true });
    expect(out).toMatchObject({ index: 'byFeatured', query: { expressionValues: { ':key': { S: 'FEATURED' } } } });
    expect(out.filter).toBeUndefined();
  });
  it('GIVEN a genre with featured: false THEN byGenre filtered on featured', () => {
    expect(query({ genre: 'horror', featured: false }).filter).toEqual({
      expression: '#featured = :featured',
      expressionNames: { '#featured': 'featured' },
      expressionValues: { ':featured': { BOOL: false } },
    });
  });
  it.each([0, 101, -3])('GIVEN limit %p THEN a ValidationError', (limit) => {
    const out = render('Query.listBooks.req.vtl', { args: { limit } });
    expect(out.hadException).toBe(true);
    expect(raised(out)[0].errorType).toBe('ValidationError');
  });
});

describe('Query.myOrders.req.vtl', () => {
  it('GIVEN a signed-in customer THEN a Query on byCustomer for the token subject, newest first', () => {
    expect(render('Query.myOrders.req.vtl', { user: customer, args: { limit: 10 } }).result).toEqual({
      version: '2018-05-29',
      operation: 'Query',
      index: 'byCustomer',
      query: {
        expression: '#customer = :customer',
        expressionNames: { '#customer': 'customerId' },
        expressionValues: { ':customer': { S: 'customer-1' } },
      },
      limit: 10,
      nextToken: null,
      scanIndexForward: false,
    });
  });
  it('GIVEN a customerId argument smuggled in THEN it is ignored', () => {
    const out = render('Query.myOrders.req.vtl', { user: customer, args: { customerId: 'victim' } });
    expect(out.result.query.expressionValues[':customer']).toEqual({ S: 'customer-1' });
  });
});

describe('Query.getOrder', () => {
  it('GIVEN an id THEN a consistent GetItem', () => {
    expect(render('Query.getOrder.req.vtl', { user: customer, args: { id: 'o1' } }).result).toEqual({
      version: '2018-05-29',
      operation: 'GetItem',
      key: { id: { S: 'o1' } },
      consistentRead: true,
    });
  });
  const order = { id: 'o1', customerId: 'customer-1', totalCents: 100 };
  it('GIVEN the owner THEN the order', () => {
    expect(render('Query.getOrder.res.vtl', { user: customer, result: order }).result).toEqual(order);
  });
  it('GIVEN an Admin THEN the order', () => {
    expect(render('Query.getOrder.res.vtl', { user: adminUser, result: order }).result).toEqual(order);
  });
  it('GIVEN another customer THEN null', () => {
    expect(render('Query.getOrder.res.vtl', { user: { sub: 'someone-else' }, result: order }).result).toBeNull();
  });
  it('GIVEN no such order THEN null', () => {
    expect(render('Query.getOrder.res.vtl', { user: customer, result: null }).result).toBeNull();
  });
});

describe('Lambda.req.vtl', () => {
  it('GIVEN a signed-in admin THEN the event carries field, arguments and the token identity with groups', () => {
    expect(
      render('Lambda.req.vtl', { field: 'createBook', args: { input: { title: 'T' } }, user: adminUser }).result,
    ).toEqual({
      version: '2018-05-29',
      operation: 'Invoke',
      payload: {
        field: 'createBook',
        arguments: { input: { title: 'T' } },
        identity: { sub: 'admin-1', username: 'admin-1', groups: ['Admin'] },
        prev: null,
      },
    });
  });
  it('GIVEN an API-key caller THEN identity is null', () => {
    expect(render('Lambda.req.vtl', { field: 'searchBooks', args: { query: 'x' } }).result.payload.identity).toBeNull();
  });
  it('GIVEN a pipeline step THEN the previous result travels as prev', () => {
    expect(
      render('Lambda.req.vtl', { field: 'processOrder', user: customer, prev: { pending: { id: 'o' } } }).result.payload
        .prev,
    ).toEqual({ pending: { id: 'o' } });
  });
});

describe('Lambda.res.vtl', () => {
  it('GIVEN { data } THEN the data', () => {
    expect(render('Lambda.res.vtl', { result: { data: { id: 'b' } } }).result).toEqual({ id: 'b' });
  });
  it('GIVEN { error } THEN a GraphQL error with its errorType and info', () => {
    const out = render('Lambda.res.vtl', {
      result: { error: { type: 'OutOfStock', message: 'Sold out', info: { lines: [{ bookId: 'b', available: 0 }] } } },
    });
    expect(raised(out)).toEqual([{ message: expect.stringContaining('Sold out'), errorType: 'OutOfStock' }]);
    expect(JSON.parse(JSON.stringify((out.errors as { errorInfo?: unknown }[])[0].errorInfo))).toEqual({
      lines: [{ bookId: 'b', available: 0 }],
    });
  });
  it('GIVEN a crashed Lambda THEN a generic InternalError without the crash details', () => {
    const out = render('Lambda.res.vtl', {
      error: { message: 'TypeError: x is undefined at /var/task/index.js:1', type: 'Lambda:Unhandled' },
    });
    expect(raised(out)).toEqual([{ message: expect.not.stringContaining('TypeError'), errorType: 'InternalError' }]);
  });
});

describe('shared response templates', () => {
  it('Connection.res.vtl returns items and nextToken', () => {
    expect(
      render('Connection.res.vtl', { result: { items: [{ id: 'a' }], nextToken: 't', scannedCount: 1 } }).result,
    ).toEqual({ items: [{ id: 'a' }], nextToken: 't' });
  });
  it("GIVEN AppSync's invalid-pagination-token error THEN Connection.res.vtl raises a ValidationError on nextToken", () => {
    const out = render('Connection.res.vtl', {
      error: {
        message:
          'com.amazonaws.deepdish.common.pagination.InvalidPaginationTokenException: Invalid pagination token given.',
        type: 'DynamoDB:UserIllegalArgumentException',
      },
    });
    expect(raised(out)).toEqual([
      {
        message: expect.stringMatching(/^The page token is not valid/),
        errorType: 'ValidationError',
      },
    ]);
  });
  it('DynamoDB.res.vtl passes a DynamoDB error on with its type', () => {
    const out = render('DynamoDB.res.vtl', { error: { message: 'boom', type: 'DynamoDB:ValidationException' } });
    expect(raised(out)[0].errorType).toBe('DynamoDB:ValidationException');
  });
  it('Pipeline.after.vtl returns the last function result', () => {
    expect(render('Pipeline.after.vtl', { prev: { id: 'o' } }).result).toEqual({ id: 'o' });
  });
});
