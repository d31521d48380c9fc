/**
 * The API's schema as a graphql-js object, for checks in tests (documents, variables): backend/graphql/schema.graphql
 * with the AppSync definitions it takes for granted (appsync.graphql). Reads files: Node only, never bundled.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, type GraphQLSchema } from 'graphql';

export const SCHEMA_FILE = join(__dirname, '..', 'backend', 'graphql', 'schema.graphql');
export const APPSYNC_FILE = join(__dirname, 'appsync.graphql');

export function folioSchema(file = SCHEMA_FILE): GraphQLSchema {
  return buildSchema(`${readFileSync(APPSYNC_FILE, 'utf8')}\n${readFileSync(file, 'utf8')}`);
}
