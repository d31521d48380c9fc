/**
 * Guard: no front-end package imports backend source. A remote's team cannot reach into another team's code, and
 * nx sees dependencies only through package.json; what the front ends share with the API lives in this contract
 * (or in @folio/config for ports and names).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const REPO = join(__dirname, '..', '..');
const BACKEND = join(REPO, 'backend');
const FRONT_ENDS = ['shell', 'catalog', 'cart-checkout', 'account', join('config', 'web')];
const SKIP = new Set(['node_modules', 'dist', 'coverage', 'test-results']);
const CODE = /\.(ts|tsx|js|cjs|mjs|jsx)$/;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return SKIP.has(entry.name) ? [] : files(path);
    return CODE.test(entry.name) ? [path] : [];
  });
}

/** Every module a file names: import/export … from, import(), require(), jest.mock() and friends. */
function moduleSpecifiers(source: string): string[] {
  const forms = /(?:\bfrom|\bimport|\brequire\s*\(|\bimport\s*\(|\bjest\.\w+\s*\()\s*['"`]([^'"`]+)['"`]/g;
  return [...source.matchAll(forms)].map((m) => m[1]);
}

/** Whether a specifier in `file` reaches backend source: @folio/backend, or a relative path into backend/. */
function reachesBackend(file: string, specifier: string): boolean {
  if (specifier === '@folio/backend' || specifier.startsWith('@folio/backend/')) return true;
  if (!specifier.startsWith('.')) return false;
  const target = resolve(dirname(file), specifier);
  return target === BACKEND || target.startsWith(BACKEND + sep);
}

describe('moduleSpecifiers and reachesBackend', () => {
  const file = join(REPO, 'catalog', 'src', 'admin', 'api', 'x.ts');

  it('GIVEN each import form THEN its specifier', () => {
    const source = [
      "import { a } from './a';",
      "export { b } from '../b';",
      "import './c.css';",
      "const d = await import('./d');",
      "const e = require('e');",
      "jest.mock('../f', () => ({}));",
    ].join('\n');
    expect(moduleSpecifiers(source)).toEqual(['./a', '../b', './c.css', './d', 'e', '../f']);
  });

  it('GIVEN a path into backend/ or @folio/backend THEN it reaches the backend; a sibling named alike does not', () => {
    expect(reachesBackend(file, '../../../../backend/catalog/book-input')).toBe(true);
    expect(reachesBackend(file, '@folio/backend/tables')).toBe(true);
    expect(reachesBackend(file, '../../../../backend-notes')).toBe(false);
    expect(reachesBackend(file, '@folio/contract/rules/book-input')).toBe(false);
  });
});

describe('front-end packages', () => {
  const sources = FRONT_ENDS.flatMap((dir) => files(join(REPO, dir)));

  it('GIVEN the front-end packages THEN their sources are all read', () => {
    for (const dir of FRONT_ENDS) expect(sources.some((f) => f.startsWith(join(REPO, dir) + sep))).toBe(true);
  });

  it('GIVEN every front-end source THEN none imports from backend/', () => {
    const offending = sources.flatMap((file) =>
      moduleSpecifiers(readFileSync(file, 'utf8'))
        .filter((specifier) => reachesBackend(file, specifier))
        .map((specifier) => `${relative(REPO, file)}: ${specifier}`),
    );
    expect(offending).toEqual([]);
  });
});
