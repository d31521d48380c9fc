/**
 * Every document the apps send is named and valid against the API's schema. Codegen (generated/generated.test.ts)
 * checks the same; this names the failing document and export, and runs without codegen.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, specifiedRules, validate, NoUnusedFragmentsRule } from 'graphql';
import { folioSchema } from '../schema';

const schema = folioSchema();

const documents = readdirSync(__dirname)
  .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
  .flatMap((file) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- every module of the folder, found at run time
    const exports = require(join(__dirname, file)) as Record<string, unknown>;
    return Object.entries(exports)
      .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
      .map(([name, source]) => [`${file} ${name}`, source] as const);
  });

/** Why a document breaks the contract; empty when it is valid. */
export function contractErrors(source: string): string[] {
  let document;
  try {
    document = parse(source);
  } catch (error) {
    return [`does not parse: ${(error as Error).message}`];
  }
  const operations = document.definitions.filter((d) => d.kind === 'OperationDefinition');
  // A module may export a fragment for another module's operations: unused here is not an error.
  const rules = operations.length ? specifiedRules : specifiedRules.filter((rule) => rule !== NoUnusedFragmentsRule);
  return [
    ...operations.filter((d) => !d.name).map(() => 'has an unnamed operation (names make errors and logs traceable)'),
    ...validate(schema, document, rules).map((e) => e.message),
  ];
}

it('finds the documents of every app', () => {
  expect(documents.length).toBeGreaterThanOrEqual(14);
});

it.each(documents)('%s is named and matches backend/graphql/schema.graphql', (_name, source) => {
  expect(contractErrors(source)).toEqual([]);
});

it('refuses a document the schema does not accept, or one without a name', () => {
  expect(contractErrors('query GetBook($id: ID!) { getBook(id: $id) { price } }')).toEqual([
    expect.stringContaining('Cannot query field "price" on type "Book".'),
  ]);
  expect(contractErrors('{ listBooks { nextToken } }')).toEqual([
    'has an unnamed operation (names make errors and logs traceable)',
  ]);
});
