// A remote's standalone page (dev server) is its page's host beside the released remotes, which are built without
// a federation runtime or shared modules of their own: it must hand them its runtime, as the shell does
// (otherwise: "Cannot read properties of undefined (reading 'setGlobalFederationConstructor')").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const REPO = join(__dirname, '..', '..');

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the CommonJS config every app's webpack reads
const folioWebpackConfig = require('../webpack') as (dir: string) => (
  env: unknown,
  argv: { mode: string },
) => {
  plugins: { constructor: { name: string }; _options?: { runtimePlugins?: string[] } }[];
};

const federationOf = (app: string, mode: string) =>
  folioWebpackConfig(join(REPO, app))({}, { mode }).plugins.find(
    (p) => p.constructor.name === 'ModuleFederationPlugin',
  )!._options!;

it('gives a remote’s dev server the plugin that provides its runtime, like the shell; a production remote has none', () => {
  const shellPlugins = federationOf('shell', 'production').runtimePlugins ?? [];
  expect(shellPlugins).toHaveLength(1);
  expect(federationOf('catalog', 'development').runtimePlugins).toEqual(shellPlugins);
  expect(federationOf('catalog', 'production').runtimePlugins).toBeUndefined();
});

it('provides, on a standalone page, the shared modules only remotes use and the production JSX runtime', () => {
  const standalone = readFileSync(join(__dirname, 'standalone.tsx'), 'utf8');
  expect(standalone).toContain("import 'react/jsx-runtime';");
  expect(standalone).toContain("import './provide-shared';");
});
