import { indexChanges, indexStepProblems, recordOf, type DeployedIndexes } from './index-steps';
import { BOOKS_TABLE, ORDERS_TABLE, type IndexDef, type TableDef } from './tables';

const index = (indexName: string, partitionKey = `${indexName}Key`): IndexDef => ({
  indexName,
  partitionKey: { name: partitionKey, type: 'S' },
  sortKey: { name: 'titleSort', type: 'S' },
});
const books = (...indexes: IndexDef[]): TableDef => ({ ...BOOKS_TABLE, globalSecondaryIndexes: indexes });
const deployed = (...indexes: IndexDef[]): DeployedIndexes => ({ Books: indexes });

describe('indexChanges', () => {
  it('GIVEN the same indexes in another order THEN no change', () => {
    expect(indexChanges([index('a'), index('b')], [index('b'), index('a')])).toEqual({ created: [], deleted: [] });
  });

  it('GIVEN an index whose keys changed THEN a deletion and a creation, as DynamoDB cannot alter an index', () => {
    expect(indexChanges([index('a')], [index('a', 'other')])).toEqual({
      created: [index('a', 'other')],
      deleted: [index('a')],
    });
  });
});

describe('indexStepProblems', () => {
  it('GIVEN tables.ts equal to the record THEN allowed', () => {
    expect(indexStepProblems(deployed(index('a')), [books(index('a'))])).toEqual([]);
  });

  it('GIVEN one new index THEN allowed', () => {
    expect(indexStepProblems(deployed(index('a')), [books(index('a'), index('b'))])).toEqual([]);
  });

  it('GIVEN one index removed THEN allowed', () => {
    expect(indexStepProblems(deployed(index('a'), index('b')), [books(index('a'))])).toEqual([]);
  });

  it('GIVEN two new indexes on one table THEN refused, naming them and saying to deploy one at a time', () => {
    const problems = indexStepProblems(deployed(index('a')), [books(index('a'), index('b'), index('c'))]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^Books: tables\.ts creates b, c .* 2 index changes in one deploy/);
    expect(problems[0]).toContain('deploy FolioBackend');
    expect(problems[0]).toContain('npx tsx scripts/record-deployed-indexes.ts');
  });

  it('GIVEN two indexes removed (a record the code fell behind of) THEN refused: each deletion is its own deploy', () => {
    const problems = indexStepProblems(deployed(index('a'), index('b'), index('c')), [books(index('a'))]);
    expect(problems).toEqual([expect.stringMatching(/^Books: tables\.ts deletes b, c .* 2 index changes/)]);
  });

  it('GIVEN one index created and another deleted THEN refused: two changes', () => {
    expect(indexStepProblems(deployed(index('a')), [books(index('b'))])).toEqual([
      expect.stringMatching(/creates b and deletes a/),
    ]);
  });

  it('GIVEN new keys on an existing index THEN refused: it is a deletion and a creation', () => {
    expect(indexStepProblems(deployed(index('a')), [books(index('a', 'other'))])).toHaveLength(1);
  });

  it('GIVEN one new index on each of two tables THEN allowed: the limit is per table', () => {
    const orders = { ...ORDERS_TABLE, globalSecondaryIndexes: [index('x')] };
    expect(indexStepProblems({ Books: [], Orders: [] }, [books(index('a')), orders])).toEqual([]);
  });

  it('GIVEN a table the record lacks THEN allowed with any indexes: CreateTable makes them all at once', () => {
    expect(indexStepProblems({}, [books(index('a'), index('b'), index('c'))])).toEqual([]);
  });
});

describe('recordOf', () => {
  it('GIVEN tables THEN a record from which they are no step away', () => {
    const tables = [books(index('a'), index('b'))];
    expect(indexStepProblems(recordOf(tables).tables, tables)).toEqual([]);
    expect(recordOf(tables).tables).toEqual({ Books: [index('a'), index('b')] });
  });
});
