/** The CreateTable and UpdateTable requests that make DynamoDB tables match tables.ts (no I/O here). */
import type { CreateTableCommandInput, TableDescription, UpdateTableCommandInput } from '@aws-sdk/client-dynamodb';
import { indexChanges } from '../index-steps';
import type { IndexDef, KeyDef, KeyType, TableDef } from '../tables';

const keySchema = (pk: KeyDef, sk?: KeyDef) => [
  { AttributeName: pk.name, KeyType: 'HASH' as const },
  ...(sk ? [{ AttributeName: sk.name, KeyType: 'RANGE' as const }] : []),
];

/** Each key attribute once, as CreateTable and UpdateTable want them declared. */
const attributeDefinitions = (keys: readonly (KeyDef | undefined)[]) =>
  [...new Map(keys.filter((k) => k !== undefined).map((k) => [k.name, k.type]))].map(
    ([AttributeName, AttributeType]) => ({ AttributeName, AttributeType }),
  );

const indexKeys = (i: IndexDef) => [i.partitionKey, i.sortKey];

// As on AWS (cdk/data.ts): resolvers return whole items straight from the index.
const gsi = (i: IndexDef) => ({
  IndexName: i.indexName,
  KeySchema: keySchema(i.partitionKey, i.sortKey),
  Projection: { ProjectionType: 'ALL' as const },
});

export function createTableInput(def: TableDef, tableName: string): CreateTableCommandInput {
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: attributeDefinitions([
      def.partitionKey,
      def.sortKey,
      ...def.globalSecondaryIndexes.flatMap(indexKeys),
    ]),
    KeySchema: keySchema(def.partitionKey, def.sortKey),
    ...(def.globalSecondaryIndexes.length ? { GlobalSecondaryIndexes: def.globalSecondaryIndexes.map(gsi) } : {}),
    ...(def.stream ? { StreamSpecification: { StreamEnabled: true, StreamViewType: def.stream } } : {}),
  };
}

/** The UpdateTable call that turns on a table's stream tables.ts asks for (a table made before it had one). */
export function streamUpdate(
  def: TableDef,
  tableName: string,
  live: TableDescription,
): UpdateTableCommandInput | undefined {
  if (!def.stream || live.StreamSpecification?.StreamEnabled) return undefined;
  return { TableName: tableName, StreamSpecification: { StreamEnabled: true, StreamViewType: def.stream } };
}

/** A live table's indexes in tables.ts's shape. */
function liveIndexes(live: TableDescription): IndexDef[] {
  const types = new Map((live.AttributeDefinitions ?? []).map((a) => [a.AttributeName, a.AttributeType as KeyType]));
  return (live.GlobalSecondaryIndexes ?? []).map((index) => {
    const key = (keyType: 'HASH' | 'RANGE'): KeyDef | undefined => {
      const name = index.KeySchema?.find((k) => k.KeyType === keyType)?.AttributeName;
      return name === undefined ? undefined : { name, type: types.get(name) ?? 'S' };
    };
    const sortKey = key('RANGE');
    return { indexName: index.IndexName!, partitionKey: key('HASH')!, ...(sortKey ? { sortKey } : {}) };
  });
}

export interface IndexUpdate {
  readonly action: 'create' | 'delete';
  readonly indexName: string;
  readonly input: UpdateTableCommandInput;
}

/**
 * The UpdateTable calls that give a live table the indexes of tables.ts, one index per call as DynamoDB requires.
 * An index whose keys changed is deleted first and created again (DynamoDB cannot alter one). An index tables.ts
 * no longer has is left alone: it costs nothing locally, and a branch that still uses it can share the folder.
 */
export function indexUpdates(def: TableDef, tableName: string, live: TableDescription): IndexUpdate[] {
  const { created, deleted } = indexChanges(liveIndexes(live), def.globalSecondaryIndexes);
  const recreated = deleted.filter((d) => created.some((c) => c.indexName === d.indexName));
  return [
    ...recreated.map((i) => ({
      action: 'delete' as const,
      indexName: i.indexName,
      input: { TableName: tableName, GlobalSecondaryIndexUpdates: [{ Delete: { IndexName: i.indexName } }] },
    })),
    ...created.map((i) => ({
      action: 'create' as const,
      indexName: i.indexName,
      input: {
        TableName: tableName,
        AttributeDefinitions: attributeDefinitions(indexKeys(i)),
        GlobalSecondaryIndexUpdates: [{ Create: gsi(i) }],
      },
    })),
  ];
}
