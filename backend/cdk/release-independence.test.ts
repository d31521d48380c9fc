/**
 * A remote's release on AWS is a deploy of its own stack with the next version: the whole app synthesized before
 * and after a catalog release, compared stack by stack. The shell's template must not move (its deploy would
 * redeploy the storefront) and nothing may be exported or imported between the app's stacks.
 */
import { buildFolioApp } from './app';
import { readFolioContext } from './context';
import { NO_BUNDLING, fakeDist, testApp, type CfnTemplate } from './test-support';

const shellDist = fakeDist({ 'index.html': '<html></html>', 'main.js': '', '812.9c0ffee1.js': '' });

function synth(context: Record<string, string>): Map<string, CfnTemplate> {
  const app = testApp({ ...NO_BUNDLING, shellDist, amplifyOutputs: '/nonexistent/amplify_outputs.json', ...context });
  buildFolioApp(app, readFolioContext(app.node), { log: () => undefined });
  return new Map(app.synth().stacks.map((s) => [s.stackName, s.template as CfnTemplate]));
}

let before: Map<string, CfnTemplate>;
let after: Map<string, CfnTemplate>;

beforeAll(() => {
  // GIVEN the store with catalog v1 live
  before = synth({
    catalogDist: fakeDist({ 'mf-manifest.json': '{"v":1}', 'remoteEntry.js': 'one' }),
    catalogVersion: 'v1',
  });
  // WHEN the catalog team releases a new build as v2
  after = synth({
    catalogDist: fakeDist({ 'mf-manifest.json': '{"v":2}', 'remoteEntry.js': 'two' }),
    catalogVersion: 'v2',
  });
}, 120_000);

test("GIVEN a catalog release THEN the shell's template is unchanged: the release never redeploys the shell", () => {
  expect(after.get('FolioShell')).toEqual(before.get('FolioShell'));
});

test('GIVEN a catalog release THEN the other remotes and the backend are unchanged too, and only FolioCatalog moves', () => {
  for (const name of ['FolioBackend', 'FolioCartCheckout', 'FolioAccount'])
    expect(after.get(name)).toEqual(before.get(name));
  expect(after.get('FolioCatalog')).not.toEqual(before.get('FolioCatalog'));
  const prefix = (t: CfnTemplate) =>
    Object.values(t.Resources)
      .filter((r) => r.Type === 'Custom::CDKBucketDeployment')
      .map((r) => r.Properties.DestinationBucketKeyPrefix);
  expect(prefix(before.get('FolioCatalog')!)).toEqual(['v1/']);
  expect(prefix(after.get('FolioCatalog')!)).toEqual(['v2/']);
});

test('GIVEN every stack before and after THEN none exports a value or imports one (no Fn::ImportValue between app stacks)', () => {
  for (const templates of [before, after]) {
    for (const [name, template] of templates) {
      expect({ name, imports: JSON.stringify(template).includes('Fn::ImportValue') }).toEqual({ name, imports: false });
      expect({ name, exports: Object.values(template.Outputs ?? {}).filter((o) => o.Export) }).toEqual({
        name,
        exports: [],
      });
    }
  }
});
