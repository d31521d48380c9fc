/**
 * What codegen types: every document, against backend/graphql/schema.graphql, in one output (types only, so
 * nothing of it reaches a bundle): the documents the apps send (contract/documents) and those the backend's
 * integration tests, the bench and the browser journeys send. A document is a template literal tagged `/* GraphQL *\/`.
 */
import { join } from 'node:path';

export const CONTRACT_DIR = join(__dirname, '..');
export const REPO_ROOT = join(CONTRACT_DIR, '..');

export const SCHEMA_FILES = ['contract/appsync.graphql', 'backend/graphql/schema.graphql'];

/** Output path → the files whose documents it types (paths and globs from the repository root). */
export const OUTPUTS: Readonly<Record<string, readonly string[]>> = {
  'contract/generated/operations.ts': [
    'contract/documents/*.ts',
    'backend/test/integration/*.ts',
    'backend/bench/*.ts',
    'e2e/support/*.ts',
    'e2e/tests/*.ts',
  ],
};

/** typescript-operations' options, the same for both outputs. */
export const PLUGIN_CONFIG = {
  // Every AppSync scalar travels as a string in JSON (AWSTimestamp as a number); an ID is always a string here.
  scalars: {
    ID: 'string',
    AWSDate: 'string',
    AWSTime: 'string',
    AWSDateTime: 'string',
    AWSTimestamp: 'number',
    AWSEmail: 'string',
    AWSJSON: 'string',
    AWSURL: 'string',
    AWSPhone: 'string',
    AWSIPAddress: 'string',
  },
  // Types only (no enum objects): nothing generated reaches a bundle.
  enumsAsTypes: true,
  skipTypename: true,
  avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
};
