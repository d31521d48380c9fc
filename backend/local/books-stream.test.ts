import { marshall } from '@aws-sdk/util-dynamodb';
import { BOOKS_TABLE, PAYMENTS_TABLE } from '../tables';
import { bookChangesOf } from './books-stream';
import { createTableInput, streamUpdate } from './table-requests';

const BOOK = {
  id: 'emma',
  title: 'Emma',
  author: 'Jane Austen',
  genre: 'romance',
  priceCents: 1205,
  currency: 'USD',
  stock: 3,
  coverKey: 'covers/emma.png',
  updatedAt: '2026-12-01T10:00:00.000Z',
};

const ITEM = { ...BOOK, catalog: 'BOOK', titleSort: 'emma#emma' };

describe('the books table’s stream', () => {
  it('GIVEN tables.ts THEN the books table is made with a stream of old and new images, and only it', () => {
    expect(createTableInput(BOOKS_TABLE, 'b').StreamSpecification).toEqual({
      StreamEnabled: true,
      StreamViewType: 'NEW_AND_OLD_IMAGES',
    });
    expect(createTableInput(PAYMENTS_TABLE, 'o').StreamSpecification).toBeUndefined();
  });

  it('GIVEN a books table kept from before it had a stream THEN one UpdateTable turns it on; none once it is on', () => {
    expect(streamUpdate(BOOKS_TABLE, 'b', {})).toEqual({
      TableName: 'b',
      StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
    });
    expect(streamUpdate(BOOKS_TABLE, 'b', { StreamSpecification: { StreamEnabled: true } })).toBeUndefined();
    expect(streamUpdate(PAYMENTS_TABLE, 'p', {})).toBeUndefined();
  });

  it('GIVEN insert, change and delete records THEN the prerenderer gets each book before and after', () => {
    const image = (item: object) => marshall(item, { removeUndefinedValues: true }) as never;
    const changes = bookChangesOf([
      { eventName: 'INSERT', dynamodb: { NewImage: image(ITEM) } },
      { eventName: 'MODIFY', dynamodb: { OldImage: image(ITEM), NewImage: image({ ...ITEM, priceCents: 999 }) } },
      { eventName: 'REMOVE', dynamodb: { OldImage: image({ ...ITEM, coverKey: undefined }) } },
    ]);
    expect(changes).toEqual([
      { before: undefined, after: BOOK },
      { before: BOOK, after: { ...BOOK, priceCents: 999 } },
      { before: { ...BOOK, coverKey: null }, after: undefined },
    ]);
  });
});
