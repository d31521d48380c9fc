import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describeFederationRules } from '@folio/config/web/test/federation-rules';

describeFederationRules(__dirname);

/** Source files of the app (not tests), with what they import. */
function sources(dir: string): Array<{ path: string; imports: string[] }> {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'test' ? [] : sources(path);
    if (!/\.tsx?$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name)) return [];
    const text = readFileSync(path, 'utf8');
    const imports = [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]);
    return [{ path: relative(__dirname, path), imports }];
  });
}

describe('the account app keeps Amplify UI on the sign-in route', () => {
  const files = sources(__dirname);

  it('imports @aws-amplify/ui-react (~150 KB gzip) only under sign-in/, which routes.tsx loads lazily', () => {
    const users = files.filter((f) =>
      f.imports.some((i) => i.startsWith('@aws-amplify/ui-react') && !i.endsWith('.css')),
    );
    expect(users.map((f) => f.path)).toEqual([join('sign-in', 'SignInPage.tsx')]);
    const routes = readFileSync(join(__dirname, 'routes.tsx'), 'utf8');
    expect(routes).toMatch(/lazy\(\(\) =>\s*Promise\.all\(\[import\('\.\/sign-in\/SignInPage'\)/);
    // …and nothing imports the page statically (that would pull it into the routes chunk).
    const staticImporters = files.filter((f) =>
      /from\s+['"][^'"]*sign-in\/SignInPage['"]/.test(readFileSync(join(__dirname, f.path), 'utf8')),
    );
    expect(staticImporters.map((f) => f.path)).toEqual([]);
  });

  it('never imports Amplify UI’s inner packages, which are not shared (a second copy, with its own React context)', () => {
    const offenders = files.filter((f) =>
      f.imports.some(
        (i) =>
          i === '@aws-amplify/ui' || i.startsWith('@aws-amplify/ui/') || i.startsWith('@aws-amplify/ui-react-core'),
      ),
    );
    expect(offenders.map((f) => f.path)).toEqual([]);
  });

  it('the exposed AccountMenu and RequireAuth import neither Amplify UI nor the sign-in page', () => {
    const reachable = new Set<string>();
    const visit = (file: string) => {
      if (reachable.has(file)) return;
      reachable.add(file);
      const entry = files.find((f) => f.path === file);
      for (const i of entry?.imports ?? []) {
        if (!i.startsWith('.')) continue;
        const base = join(file, '..', i);
        const target = ['.ts', '.tsx'].map((ext) => base + ext).find((p) => files.some((f) => f.path === p));
        if (target) visit(target);
      }
    };
    visit(join('exposed', 'AccountMenu.tsx'));
    visit(join('exposed', 'RequireAuth.tsx'));
    const loaded = [...reachable].flatMap((file) => files.find((f) => f.path === file)?.imports ?? []);
    expect(loaded.filter((i) => i.startsWith('@aws-amplify/ui-react'))).toEqual([]);
    expect([...reachable].filter((file) => file.startsWith('sign-in'))).toEqual([]);
  });
});
