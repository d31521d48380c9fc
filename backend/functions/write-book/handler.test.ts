import { fakeDocumentClient, type SentCommand } from '../../test/fake-aws';
import type { PublicBook } from '../../catalog/book-store';

const db = { current: fakeDocumentClient() };
const s3 = { send: jest.fn() };
jest.mock('../shared/aws', () => ({ ddb: () => db.current, s3: () => s3 }));

import { handler } from './handler';

const admin = { sub: 'admin', groups: ['Admin'] };
const valid = { title: 'Emma', author: 'Jane Austen', genre: 'romance', priceCents: 1999, stock: 3 };
const stored = {
  ...valid,
  id: 'emma',
  description: null,
  coverKey: null,
  featured: false,
  isbn: null,
  publishedYear: null,
  currency: 'USD',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  catalog: 'BOOK',
  titleSort: 'emma#emma',
};

beforeEach(() => {
  Object.assign(process.env, {
    BOOKS_TABLE: 'Books',
    BOOK_SEARCH_TABLE: 'Search',
    CURRENCY: 'USD',
    IMAGE_BUCKET: 'img',
  });
  s3.send.mockReset();
});

const batches = (sent: SentCommand[]) =>
  sent.filter((c) => c.name === 'BatchWriteCommand').flatMap((c) => c.input.RequestItems?.Search ?? []);

describe('createBook', () => {
  it('GIVEN valid input THEN a conditional put of the book with its index keys, then its search entries', async () => {
    db.current = fakeDocumentClient(() => ({}));
    const out = (await handler({
      field: 'createBook',
      arguments: { input: { ...valid, featured: true } },
      identity: admin,
    })) as { data: PublicBook };
    expect(out.data).toMatchObject({ ...valid, currency: 'USD', featured: true });
    expect(out.data).not.toHaveProperty('titleSort');
    const put = db.current.sent.find((c) => c.name === 'PutCommand')!;
    expect(put.input).toMatchObject({ TableName: 'Books', ConditionExpression: 'attribute_not_exists(id)' });
    expect(put.input.Item).toMatchObject({
      catalog: 'BOOK',
      featuredKey: 'FEATURED',
      titleSort: `emma#${out.data.id}`,
    });
    const prefixes = batches(db.current.sent).map((r) => r.PutRequest?.Item?.prefix);
    expect(prefixes).toEqual(expect.arrayContaining(['e', 'em', 'emma', 'jane', 'austen']));
  });

  it('GIVEN invalid fields THEN one ValidationError listing each field, nothing written', async () => {
    db.current = fakeDocumentClient(() => new Error('must not write'));
    const out = await handler({
      field: 'createBook',
      arguments: { input: { ...valid, title: '', priceCents: 0, genre: 'cookery' } },
      identity: admin,
    });
    expect(out).toMatchObject({
      error: {
        type: 'ValidationError',
        info: { fields: { title: expect.any(String), priceCents: expect.any(String), genre: expect.any(String) } },
      },
    });
  });

  it('GIVEN a cover that is not an allowed image THEN ValidationError on coverKey', async () => {
    db.current = fakeDocumentClient(() => ({}));
    s3.send.mockResolvedValue({ ContentType: 'text/html', ContentLength: 10 });
    const out = await handler({
      field: 'createBook',
      arguments: { input: { ...valid, coverKey: 'covers/x.png' } },
      identity: admin,
    });
    expect(out).toMatchObject({
      error: { type: 'ValidationError', info: { fields: { coverKey: expect.any(String) } } },
    });
  });
});

describe('updateBook', () => {
  it('GIVEN a title change THEN the put is guarded by the version read and old-only prefixes are deleted', async () => {
    db.current = fakeDocumentClient((c) => (c.name === 'GetCommand' ? { Item: stored } : {}));
    const out = (await handler({
      field: 'updateBook',
      arguments: { input: { id: 'emma', title: 'Persuasion' } },
      identity: admin,
    })) as { data: PublicBook };
    expect(out.data).toMatchObject({
      id: 'emma',
      title: 'Persuasion',
      author: 'Jane Austen',
      createdAt: stored.createdAt,
    });
    const put = db.current.sent.find((c) => c.name === 'PutCommand')!;
    expect(put.input).toMatchObject({
      ConditionExpression: 'updatedAt = :seen',
      ExpressionAttributeValues: { ':seen': stored.updatedAt },
    });
    const requests = batches(db.current.sent);
    expect(requests.map((r) => r.DeleteRequest?.Key?.prefix).filter(Boolean)).toEqual(expect.arrayContaining(['emma']));
    expect(requests.map((r) => r.PutRequest?.Item?.prefix).filter(Boolean)).toEqual(
      expect.arrayContaining(['persuasion', 'austen']),
    );
  });

  it('GIVEN a concurrent stock change THEN the patch is re-applied on a fresh read', async () => {
    let puts = 0;
    db.current = fakeDocumentClient((c) => {
      if (c.name === 'GetCommand') return { Item: { ...stored, stock: puts === 0 ? 3 : 2 } };
      if (c.name === 'PutCommand' && ++puts === 1)
        return Object.assign(new Error('changed'), { name: 'ConditionalCheckFailedException' });
      return {};
    });
    const out = (await handler({
      field: 'updateBook',
      arguments: { input: { id: 'emma', priceCents: 500 } },
      identity: admin,
    })) as { data: PublicBook };
    expect(out.data).toMatchObject({ priceCents: 500, stock: 2 });
  });

  it('GIVEN an unknown id THEN NotFound', async () => {
    db.current = fakeDocumentClient(() => ({}));
    expect(
      await handler({ field: 'updateBook', arguments: { input: { id: 'x', stock: 1 } }, identity: admin }),
    ).toMatchObject({ error: { type: 'NotFound' } });
  });
});

describe('deleteBook', () => {
  it('GIVEN a book THEN it is deleted with its search entries and returned', async () => {
    db.current = fakeDocumentClient((c) => (c.name === 'DeleteCommand' ? { Attributes: stored } : {}));
    const out = (await handler({ field: 'deleteBook', arguments: { id: 'emma' }, identity: admin })) as {
      data: PublicBook;
    };
    expect(out.data).toMatchObject({ id: 'emma', title: 'Emma' });
    expect(batches(db.current.sent).every((r) => r.DeleteRequest)).toBe(true);
  });
});
