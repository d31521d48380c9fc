/**
 * Rules every app's sources keep so that Module Federation shares what must be shared (config/web/federation.js).
 *
 *   // src/federation-rules.test.ts
 *   import { describeFederationRules } from '@folio/config/web/test/federation-rules';
 *   describeFederationRules(__dirname);
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !path.includes(`${join('src', 'test')}`)
      ? [path]
      : [];
  });
}

const importsOf = (source: string): string[] =>
  [...source.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);

export function describeFederationRules(srcDir: string): void {
  describe('Module Federation rules', () => {
    const files = sources(srcDir).map((path) => ({
      path: relative(srcDir, path),
      imports: importsOf(readFileSync(path, 'utf8')),
    }));

    it('uses react-router only through @folio/config/web/router (the shared router)', () => {
      const offenders = files.filter((f) =>
        f.imports.some((i) => i === 'react-router' || i.startsWith('react-router/')),
      );
      expect(offenders.map((f) => f.path)).toEqual([]);
    });

    it('uses Amplify core only through @folio/config/web/amplify-core (the shared, configured instance)', () => {
      const offenders = files.filter((f) =>
        f.imports.some((i) => i === '@aws-amplify/core' || i.startsWith('@aws-amplify/core/')),
      );
      expect(offenders.map((f) => f.path)).toEqual([]);
    });

    it('imports the shared Folio modules by package name, never by a path into config/', () => {
      const offenders = files.filter((f) =>
        f.imports.some((i) => /(^|\/)config\/web\//.test(i) && !i.startsWith('@folio/config/web/')),
      );
      expect(offenders.map((f) => f.path)).toEqual([]);
    });
  });
}
