/**
 * The tables FolioTables deploys (tables.ts) against the indexes AWS has (tables.deployed.json): a deploy that
 * DynamoDB would refuse fails here, and at synth, with what to do instead.
 */
import { Stack } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { DEPLOYED_INDEXES, indexStepProblems, type DeployedIndexes } from '../index-steps';
import { BOOKS_TABLE, TABLES, type IndexDef } from '../tables';
import { FolioTables, type FolioTablesProps } from './data';
import { errorsOn, testApp } from './test-support';

const synth = (props?: FolioTablesProps) => {
  const stack = new Stack(testApp(), 'Data');
  new FolioTables(stack, 'Tables', props);
  return stack;
};
const byAuthor: IndexDef = { indexName: 'byAuthor', partitionKey: { name: 'author', type: 'S' } };
const byYear: IndexDef = { indexName: 'byYear', partitionKey: { name: 'year', type: 'N' } };
const booksWith = (...extra: IndexDef[]) => [
  { ...BOOKS_TABLE, globalSecondaryIndexes: [...BOOKS_TABLE.globalSecondaryIndexes, ...extra] },
];
const booksDeployed: DeployedIndexes = { Books: BOOKS_TABLE.globalSecondaryIndexes };

describe('tables.ts against the deployed record', () => {
  test('GIVEN tables.ts WHEN deployed THEN no table changes by more than one index (DynamoDB takes one per update)', () => {
    expect(indexStepProblems(DEPLOYED_INDEXES, TABLES)).toEqual([]);
  });

  test('GIVEN the record THEN every index in it has a name and S or N keys (the shape tables.ts uses)', () => {
    const key = { name: expect.any(String), type: expect.stringMatching(/^[SN]$/) };
    for (const indexes of Object.values(DEPLOYED_INDEXES)) {
      for (const index of indexes) {
        expect(index).toEqual({
          indexName: expect.any(String),
          partitionKey: key,
          ...(index.sortKey ? { sortKey: key } : {}),
        });
      }
    }
    // A table tables.ts gains is missing here until its first deploy, so only: the loop above saw some.
    expect(Object.keys(DEPLOYED_INDEXES).length).toBeGreaterThan(0);
  });
});

describe('FolioTables', () => {
  test('GIVEN tables.ts and its record THEN it synthesizes without errors', () => {
    expect(errorsOn(synth())).toEqual([]);
  });

  test('GIVEN one new index on a deployed table THEN it synthesizes, with the index in the template', () => {
    const stack = synth({ tables: booksWith(byAuthor), deployed: booksDeployed });
    expect(errorsOn(stack)).toEqual([]);
    const [books] = Object.values(Template.fromStack(stack).findResources('AWS::DynamoDB::Table'));
    expect(books.Properties.GlobalSecondaryIndexes.map((i: { IndexName: string }) => i.IndexName)).toContain(
      'byAuthor',
    );
  });

  test('GIVEN two new indexes on a deployed table THEN an error stops synth and deploy, saying to go one at a time', () => {
    const errors = errorsOn(synth({ tables: booksWith(byAuthor, byYear), deployed: booksDeployed }));
    expect(errors).toEqual([expect.stringMatching(/^Books: tables\.ts creates byAuthor, byYear .* one per table/)]);
    expect(errors[0]).toContain('record it (cd backend && npx tsx scripts/record-deployed-indexes.ts)');
  });
});
