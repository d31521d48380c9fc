import type { TableDescription } from '@aws-sdk/client-dynamodb';
import { BOOKS_TABLE, ORDERS_TABLE } from '../tables';
import { createTableInput, indexUpdates } from './table-requests';

describe('createTableInput', () => {
  it('GIVEN a table definition THEN on-demand keys and indexes with every key attribute declared once', () => {
    expect(createTableInput(ORDERS_TABLE, 'folio-Orders')).toEqual({
      TableName: 'folio-Orders',
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [
        { AttributeName: 'id', AttributeType: 'S' },
        { AttributeName: 'customerId', AttributeType: 'S' },
        { AttributeName: 'createdAt', AttributeType: 'S' },
        { AttributeName: 'status', AttributeType: 'S' },
      ],
      KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
      GlobalSecondaryIndexes: [
        {
          IndexName: 'byCustomer',
          KeySchema: [
            { AttributeName: 'customerId', KeyType: 'HASH' },
            { AttributeName: 'createdAt', KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        },
        {
          IndexName: 'byStatus',
          KeySchema: [
            { AttributeName: 'status', KeyType: 'HASH' },
            { AttributeName: 'createdAt', KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        },
      ],
      StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
    });
  });
});

describe('indexUpdates', () => {
  /** What DescribeTable says of a Books table created from these indexes. */
  const liveBooks = (indexes = BOOKS_TABLE.globalSecondaryIndexes): TableDescription => {
    const input = createTableInput({ ...BOOKS_TABLE, globalSecondaryIndexes: indexes }, 'folio-Books');
    return {
      TableName: input.TableName,
      AttributeDefinitions: input.AttributeDefinitions,
      KeySchema: input.KeySchema,
      GlobalSecondaryIndexes: input.GlobalSecondaryIndexes?.map((i) => ({ ...i, IndexStatus: 'ACTIVE' })),
    };
  };
  const [byTitle, byGenre, byFeatured] = BOOKS_TABLE.globalSecondaryIndexes;

  it('GIVEN a live table with every index of tables.ts THEN nothing to do', () => {
    expect(indexUpdates(BOOKS_TABLE, 'folio-Books', liveBooks())).toEqual([]);
  });

  it('GIVEN a live table made before two indexes THEN one UpdateTable per index, each declaring its keys', () => {
    expect(indexUpdates(BOOKS_TABLE, 'folio-Books', liveBooks([byTitle]))).toEqual([
      {
        action: 'create',
        indexName: 'byGenre',
        input: {
          TableName: 'folio-Books',
          AttributeDefinitions: [
            { AttributeName: 'genre', AttributeType: 'S' },
            { AttributeName: 'titleSort', AttributeType: 'S' },
          ],
          GlobalSecondaryIndexUpdates: [
            {
              Create: {
                IndexName: 'byGenre',
                KeySchema: [
                  { AttributeName: 'genre', KeyType: 'HASH' },
                  { AttributeName: 'titleSort', KeyType: 'RANGE' },
                ],
                Projection: { ProjectionType: 'ALL' },
              },
            },
          ],
        },
      },
      expect.objectContaining({ action: 'create', indexName: 'byFeatured' }),
    ]);
  });

  it('GIVEN a live index with other keys THEN it is deleted, then created with the keys of tables.ts', () => {
    const oldGenre = { ...byGenre, partitionKey: { name: 'genreName', type: 'S' as const } };
    const updates = indexUpdates(BOOKS_TABLE, 'folio-Books', liveBooks([byTitle, oldGenre, byFeatured]));
    expect(updates.map((u) => [u.action, u.indexName])).toEqual([
      ['delete', 'byGenre'],
      ['create', 'byGenre'],
    ]);
    expect(updates[0].input.GlobalSecondaryIndexUpdates).toEqual([{ Delete: { IndexName: 'byGenre' } }]);
  });

  it('GIVEN a live index tables.ts no longer has THEN it is left in place', () => {
    const extra = { indexName: 'byAuthor', partitionKey: { name: 'author', type: 'S' as const } };
    expect(indexUpdates(BOOKS_TABLE, 'folio-Books', liveBooks([byTitle, byGenre, byFeatured, extra]))).toEqual([]);
  });
});
