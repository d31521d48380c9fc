/**
 * Guard: every errorType the API raises on purpose is one of the contract's ERROR_TYPES, so clients can rely on
 * the list. Reads the VTL templates' $util.error calls and the backend sources' AppError uses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ERROR_TYPES } from '@folio/contract/errors';
import { readTemplate, RESOLVERS_DIR } from '../graphql/api';

const BACKEND = join(__dirname, '..');
const SKIP = new Set(['node_modules', 'cdk.out', '.folio', 'test']);

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return SKIP.has(entry.name) ? [] : sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

/** A template's literal errorTypes: $util.error(message, "Type", …); $util.unauthorized() raises Unauthorized. */
function templateErrorTypes(template: string): string[] {
  const message = String.raw`(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\$[\w.{}!]+)`;
  const literal = new RegExp(String.raw`\$util\.error\(\s*${message}\s*,\s*["']([^"']+)["']`, 'g');
  const types = [...template.matchAll(literal)].map((m) => m[1]);
  return /\$util\.unauthorized\(/.test(template) ? [...types, 'Unauthorized'] : types;
}

/** The errorTypes a source raises: new AppError('Type', …). */
const sourceErrorTypes = (source: string) => [...source.matchAll(/AppError\(\s*['"`]([^'"`]+)['"`]/g)].map((m) => m[1]);

const listed: readonly string[] = Object.values(ERROR_TYPES);

describe('errorTypes raised by the backend', () => {
  const vtl = readdirSync(RESOLVERS_DIR)
    .filter((f) => f.endsWith('.vtl'))
    .flatMap((file) => templateErrorTypes(readTemplate(file)).map((type) => ({ file, type })));
  const ts = sources(BACKEND).flatMap((path) =>
    sourceErrorTypes(readFileSync(path, 'utf8')).map((type) => ({ file: relative(BACKEND, path), type })),
  );

  it('GIVEN the readers THEN they find the calls in both forms', () => {
    expect(templateErrorTypes('$util.error("limit must be 1, 2", "ValidationError")')).toEqual(['ValidationError']);
    expect(templateErrorTypes('$util.error($ctx.error.message, $ctx.error.type)')).toEqual([]);
    expect(sourceErrorTypes("throw new AppError(\n  'Conflict', 'busy')")).toEqual(['Conflict']);
  });

  it('GIVEN the VTL templates THEN every literal errorType they raise is in ERROR_TYPES', () => {
    expect(vtl.map((r) => r.type)).toEqual(expect.arrayContaining(['ValidationError', 'InternalError']));
    expect(vtl.filter((r) => !listed.includes(r.type))).toEqual([]);
  });

  it('GIVEN the backend sources THEN every AppError type is in ERROR_TYPES', () => {
    expect(new Set(ts.map((r) => r.type)).size).toBeGreaterThanOrEqual(7);
    expect(ts.filter((r) => !listed.includes(r.type))).toEqual([]);
  });
});
