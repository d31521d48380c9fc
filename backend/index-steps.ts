/**
 * Table changes as migrations, one index at a time.
 *
 * CloudFormation applies a table's new index list in one UpdateTable call, and DynamoDB accepts at most one GSI
 * creation or deletion per table per call: a deploy that adds two indexes to a table fails and rolls back. So
 * tables.ts may be at most one index away, per table, from what AWS has.
 *
 * What AWS has is recorded in tables.deployed.json, rewritten from tables.ts after each deploy that changes an
 * index (scripts/record-deployed-indexes.ts). The record is a snapshot rather than a log of steps: the next
 * deploy's step is simply the difference between it and tables.ts, with no history to replay. A table that
 * tables.ts gains is created whole by CreateTable, so it may start with any number of indexes; a table it drops
 * is retained in AWS (RemovalPolicy.RETAIN), so dropping one loses nothing.
 */
import type { IndexDef, TableDef } from './tables';
import record from './tables.deployed.json';

/** Table id → the indexes AWS has. A table missing from it has not been deployed yet. */
export type DeployedIndexes = Readonly<Partial<Record<TableDef['id'], readonly IndexDef[]>>>;

export interface DeployedRecord {
  readonly $comment: string;
  readonly tables: DeployedIndexes;
}

// JSON imports widen "S" to string; the unit tests compare the record with tables.ts, which pins the shape.
export const DEPLOYED_INDEXES = (record as DeployedRecord).tables;

export const RECORD_COMMENT =
  'The GSIs each deployed FolioBackend table has. Update it after every deploy that changes an index: ' +
  'npx tsx scripts/record-deployed-indexes.ts (from backend/). ' +
  'Why and how: backend/index-steps.ts and docs/DEPLOY.md, "Changing a table".';

/** The record that says AWS has exactly these tables, written once their deploy has succeeded. */
export const recordOf = (tables: readonly TableDef[]): DeployedRecord => ({
  $comment: RECORD_COMMENT,
  tables: Object.fromEntries(tables.map((t) => [t.id, t.globalSecondaryIndexes])),
});

export interface IndexChanges {
  readonly created: readonly IndexDef[];
  readonly deleted: readonly IndexDef[];
}

/** Name and keys: two indexes with the same signature are the same index to DynamoDB. */
const signature = (index: IndexDef) =>
  [index.indexName, index.partitionKey, index.sortKey]
    .map((part) => (typeof part === 'object' ? `${part.name}:${part.type}` : part))
    .join(' ');

/** From `before` to `after`. DynamoDB cannot alter an index's keys, so new keys count as a deletion and a creation. */
export function indexChanges(before: readonly IndexDef[], after: readonly IndexDef[]): IndexChanges {
  const had = new Set(before.map(signature));
  const has = new Set(after.map(signature));
  return {
    created: after.filter((i) => !had.has(signature(i))),
    deleted: before.filter((i) => !has.has(signature(i))),
  };
}

const names = (list: readonly IndexDef[]) => list.map((i) => i.indexName).join(', ');

const NEXT_STEP =
  'Change one index per table per deploy: keep one change in tables.ts, deploy FolioBackend, record it ' +
  '(cd backend && npx tsx scripts/record-deployed-indexes.ts), commit tables.deployed.json, then make the next ' +
  'change (docs/DEPLOY.md, "Changing a table").';

/** One message per table whose next deploy DynamoDB would refuse; none when every table is one step or less away. */
export function indexStepProblems(deployed: DeployedIndexes, tables: readonly TableDef[]): string[] {
  const problems: string[] = [];
  for (const def of tables) {
    const live = deployed[def.id];
    if (!live) continue;
    const { created, deleted } = indexChanges(live, def.globalSecondaryIndexes);
    if (created.length + deleted.length <= 1) continue;
    const changes = [
      created.length ? `creates ${names(created)}` : '',
      deleted.length ? `deletes ${names(deleted)}` : '',
    ].filter(Boolean);
    problems.push(
      `${def.id}: tables.ts ${changes.join(' and ')} against the deployed table (tables.deployed.json): ` +
        `${created.length + deleted.length} index changes in one deploy, and DynamoDB accepts one per table. ${NEXT_STEP}`,
    );
  }
  return problems;
}
