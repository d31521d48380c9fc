/**
 * `npm start -- --persist` on a data folder made before tables.ts gained an index: start-up adds the index
 * (UpdateTable on DynamoDB Local) and queries through it work. Its own DynamoDB Local on defaults + 300, so it
 * runs beside the suite's stack and a developer's `npm start`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateTableCommand, PutItemCommand, QueryCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { PORT_DEFAULTS, REGION } from '@folio/config';
import { createTables, dynamoClient, startDynamo } from '../../local/dynamodb';
import { createTableInput } from '../../local/table-requests';
import { BOOKS_TABLE, tableNames } from '../../tables';

const port = PORT_DEFAULTS.dynamodb[1] + 300;
const dataDir = mkdtempSync(join(tmpdir(), 'folio-persisted-indexes-'));
const names = tableNames('folio-persisted');

/** Runs `use` against DynamoDB Local on the data folder, stopping it afterwards as Ctrl-C would. */
async function withDynamo<T>(use: (client: DynamoDBClient) => Promise<T>): Promise<T> {
  const dynamo = await startDynamo({ port, region: REGION, dataDir });
  const client = dynamoClient(`http://localhost:${port}`, REGION);
  try {
    return await use(client);
  } finally {
    client.destroy();
    await dynamo.stop();
  }
}

const book = (id: string, title: string, featured: boolean) => ({
  id: { S: id },
  catalog: { S: 'BOOK' },
  genre: { S: 'fiction' },
  titleSort: { S: `${title.toLowerCase()}#${id}` },
  ...(featured ? { featuredKey: { S: 'FEATURED' } } : {}),
});

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

it('GIVEN a persisted folder whose Books table lacks byFeatured WHEN the stack starts on it THEN start-up adds the index and queries through it find the old items', async () => {
  const [byTitle, byGenre, byFeatured] = BOOKS_TABLE.globalSecondaryIndexes;
  expect(byFeatured.indexName).toBe('byFeatured');
  await withDynamo(async (client) => {
    const before = { ...BOOKS_TABLE, globalSecondaryIndexes: [byTitle, byGenre] };
    await client.send(new CreateTableCommand(createTableInput(before, names.Books)));
    await client.send(new PutItemCommand({ TableName: names.Books, Item: book('b1', 'Emma', true) }));
    await client.send(new PutItemCommand({ TableName: names.Books, Item: book('b2', 'Ulysses', false) }));
  });

  const lines: string[] = [];
  await withDynamo(async (client) => {
    const created = await createTables(client, names, (line) => lines.push(line));
    expect(created).toEqual([names.BookSearch, names.Orders, names.Payments]);
    expect(lines).toEqual([
      `DynamoDB: added index byFeatured to ${names.Books} (new in tables.ts since this data folder was made)`,
    ]);

    const featured = await client.send(
      new QueryCommand({
        TableName: names.Books,
        IndexName: 'byFeatured',
        KeyConditionExpression: 'featuredKey = :f',
        ExpressionAttributeValues: { ':f': { S: 'FEATURED' } },
      }),
    );
    expect(featured.Items?.map((item) => item.id.S)).toEqual(['b1']);

    // Started again, the folder has every index already: nothing to add.
    expect(await createTables(client, names, (line) => lines.push(line))).toEqual([]);
    expect(lines).toHaveLength(1);
  });
}, 90_000);
