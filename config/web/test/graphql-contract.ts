/**
 * Contract check of a front-end package's GraphQL documents against the API (backend/graphql/schema.graphql).
 * The strings exported by every `graphql.ts` file under src/ (at any depth) are documents; each must parse, be
 * named and validate against the schema, so a schema change that breaks an app fails its tests before it ships.
 *
 *   // src/graphql.contract.test.ts
 *   import { describeGraphqlContract } from '@folio/config/web/test/graphql-contract';
 *   describeGraphqlContract(__dirname);
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildSchema, parse, validate, type GraphQLSchema } from 'graphql';

export const SCHEMA_FILE = join(__dirname, '..', '..', '..', 'backend', 'graphql', 'schema.graphql');

/** AppSync's built-in scalars and auth directives, which schema.graphql uses without declaring. */
export const APPSYNC_DEFINITIONS = `
  scalar AWSDate
  scalar AWSTime
  scalar AWSDateTime
  scalar AWSTimestamp
  scalar AWSEmail
  scalar AWSJSON
  scalar AWSURL
  scalar AWSPhone
  scalar AWSIPAddress
  directive @aws_api_key on OBJECT | FIELD_DEFINITION
  directive @aws_iam on OBJECT | FIELD_DEFINITION
  directive @aws_oidc on OBJECT | FIELD_DEFINITION
  directive @aws_lambda on OBJECT | FIELD_DEFINITION
  directive @aws_cognito_user_pools(cognito_groups: [String]) on OBJECT | FIELD_DEFINITION
  directive @aws_auth(cognito_groups: [String]) on FIELD_DEFINITION
  directive @aws_subscribe(mutations: [String]) on FIELD_DEFINITION
`;

export function folioSchema(file = SCHEMA_FILE): GraphQLSchema {
  return buildSchema(`${APPSYNC_DEFINITIONS}\n${readFileSync(file, 'utf8')}`);
}

export interface GraphqlDocument {
  /** Path relative to the package's src folder. */
  readonly file: string;
  readonly exportName: string;
  readonly source: string;
}

function graphqlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : graphqlFiles(path);
    return entry.name === 'graphql.ts' ? [path] : [];
  });
}

/** Every string exported by a `graphql.ts` file under srcDir. */
export function findDocuments(srcDir: string): GraphqlDocument[] {
  return graphqlFiles(srcDir).flatMap((path) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- a file found at run time, loaded synchronously
    const exports = require(path) as Record<string, unknown>;
    return Object.entries(exports)
      .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
      .map(([exportName, source]) => ({ file: relative(srcDir, path), exportName, source }));
  });
}

/** Why a document breaks the contract; empty when it is valid. */
export function contractErrors(schema: GraphQLSchema, source: string): string[] {
  let document;
  try {
    document = parse(source);
  } catch (error) {
    return [`does not parse: ${(error as Error).message}`];
  }
  const unnamed = document.definitions.filter((d) => d.kind === 'OperationDefinition' && !d.name);
  return [
    ...unnamed.map(() => 'has an unnamed operation (names make errors and logs traceable)'),
    ...validate(schema, document).map((e) => e.message),
  ];
}

export function describeGraphqlContract(srcDir: string): void {
  describe('GraphQL documents match backend/graphql/schema.graphql', () => {
    const schema = folioSchema();
    const documents = findDocuments(srcDir);
    if (documents.length === 0) {
      it('has no GraphQL documents yet (graphql.ts files under src/)', () => expect(documents).toEqual([]));
      return;
    }
    it.each(documents.map((d) => [`${d.file} ${d.exportName}`, d] as const))('%s', (_name, doc) => {
      expect(contractErrors(schema, doc.source)).toEqual([]);
    });
  });
}
