/**
 * Gate: the GraphQL documents a remote sends must be valid against the deployed schema. The documents live in
 * @folio/contract/documents; a remote's sources name the modules they use, and every document those export is
 * validated with graphql-js's rules against the schema the API serves (locally, the file the stack loads).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, specifiedRules, validate, NoUnusedFragmentsRule, type GraphQLSchema } from 'graphql';

const CONTRACT_DOCUMENTS = join(__dirname, '..', '..', 'contract', 'documents');

function sourcesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourcesUnder(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The contract document modules a remote imports (`@folio/contract/documents/<name>`). */
export function documentModulesOf(appDir: string): string[] {
  const names = new Set<string>();
  for (const file of sourcesUnder(join(appDir, 'src')))
    for (const m of readFileSync(file, 'utf8').matchAll(/@folio\/contract\/documents\/([\w-]+)['"]/g)) names.add(m[1]);
  return [...names].sort();
}

/** Why each document of the modules fails the schema (`module export: message`); empty when all are valid. */
export function documentErrors(modules: readonly string[], schema: GraphQLSchema, dir = CONTRACT_DOCUMENTS): string[] {
  return modules.flatMap((module) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- the remote's modules, found at run time
    const exports = require(join(dir, module)) as Record<string, unknown>;
    return Object.entries(exports).flatMap(([name, source]) => {
      if (typeof source !== 'string' || !/^\s*(query|mutation|subscription|fragment)\b/.test(source)) return [];
      const document = parse(source);
      const hasOperation = document.definitions.some((d) => d.kind === 'OperationDefinition');
      // A fragment exported for another module's operations is unused here, which is no error.
      const rules = hasOperation ? specifiedRules : specifiedRules.filter((r) => r !== NoUnusedFragmentsRule);
      return validate(schema, document, rules).map((e) => `${module} ${name}: ${e.message}`);
    });
  });
}
