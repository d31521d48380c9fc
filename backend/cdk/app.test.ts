/**
 * The whole CDK app as `cdk synth` builds it (Lambda bundling skipped: the backend test bundles), checked
 * for its stack list, for independence between stacks, and against cdk-nag's AWS Solutions pack.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Stack, Validations, type App } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { buildFolioApp, type FolioStacks } from './app';
import { readFolioContext } from './context';
import { NO_BUNDLING, errorsOn, fakeDist, testApp, type CfnTemplate } from './test-support';

let app: App;
let stacks: FolioStacks;
let templates: Map<string, CfnTemplate>;
const log: string[] = [];

beforeAll(() => {
  // GIVEN a fresh clone's context (no dist folders, no outputs file), WHEN the app is built and synthesized
  const noBuilds = Object.fromEntries(
    ['shell', 'catalog', 'cartCheckout', 'account'].map((a) => [`${a}Dist`, `/nonexistent/${a}/dist`]),
  );
  app = testApp({ ...NO_BUNDLING, ...noBuilds, amplifyOutputs: '/nonexistent/amplify_outputs.json' });
  stacks = buildFolioApp(app, readFolioContext(app.node), { log: (line) => log.push(line) });
  const assembly = app.synth();
  templates = new Map(assembly.stacks.map((s) => [s.stackName, s.template as CfnTemplate]));
}, 60_000);

const allStacks = () => [stacks.backend, ...stacks.remotes, stacks.shell];

test('GIVEN the app THEN it has exactly the five stacks: FolioBackend, FolioShell, FolioCatalog, FolioCartCheckout, FolioAccount', () => {
  expect([...templates.keys()].sort()).toEqual([
    'FolioAccount',
    'FolioBackend',
    'FolioCartCheckout',
    'FolioCatalog',
    'FolioShell',
  ]);
});

test('GIVEN any two stacks THEN neither depends on nor imports from the other, so each deploys alone', () => {
  for (const stack of allStacks()) expect(stack.dependencies.map((d) => d.stackName)).toEqual([]);
  for (const [name, template] of templates) {
    expect({ name, imports: JSON.stringify(template).includes('Fn::ImportValue') }).toEqual({ name, imports: false });
    expect({ name, exports: Object.values(template.Outputs ?? {}).filter((o) => o.Export) }).toEqual({
      name,
      exports: [],
    });
  }
});

test('GIVEN missing dist folders and outputs file THEN synth uses the placeholder and says so', () => {
  const said = log.join('\n');
  for (const app of ['shell', 'catalog', 'cart-checkout', 'account'])
    expect(said).toContain(`${app}: using the placeholder build`);
  expect(said).toContain('placeholder amplify_outputs.json');
});

test("WHEN requireBuilds=true and only the catalog is built THEN only the unbuilt apps' stacks carry an error, so FolioCatalog still deploys", () => {
  const strict = testApp({
    ...NO_BUNDLING,
    requireBuilds: 'true',
    catalogDist: fakeDist({ 'mf-manifest.json': '{}' }),
    catalogVersion: 'v1',
    shellDist: '/nonexistent/shell/dist',
    accountDist: '/nonexistent/account/dist',
    accountVersion: 'v1',
    amplifyOutputs: '/nonexistent.json',
  });
  const built = buildFolioApp(strict, readFolioContext(strict.node), { log: () => undefined });
  const errors = errorsOn;
  expect(errors(built.remotes.find((r) => r.stackName === 'FolioCatalog')!)).toEqual([]);
  expect(errors(built.backend)).toEqual([]);
  expect(errors(built.remotes.find((r) => r.stackName === 'FolioAccount')!).join()).toMatch(
    /account: .*requireBuilds=true refuses the placeholder/,
  );
  expect(errors(built.shell).join('\n')).toMatch(/shell: .*requireBuilds=true/);
  expect(errors(built.shell).join('\n')).toMatch(/nonexistent.json does not exist/);
  // A remote deployed without a version publishes no build: nothing to refuse (its bucket and distribution only).
  expect(errors(built.remotes.find((r) => r.stackName === 'FolioCartCheckout')!)).toEqual([]);
});

test("GIVEN cdk-nag's AwsSolutionsChecks WHEN run over every stack THEN nothing is left unacknowledged", () => {
  const report = new AwsSolutionsChecks().validateScope(app);
  const findings = report.violations.flatMap((v) =>
    v.violatingResources.map((r) => `${v.ruleName} @ ${r.constructPath}`),
  );
  expect(findings).toEqual([]);
});

/** Every cdk-nag acknowledgement in the app, with where it sits and why. */
function acknowledgements(root: IConstruct): { path: string; id: string; reason: string }[] {
  const out: { path: string; id: string; reason: string }[] = [];
  for (const c of root.node.findAll()) {
    for (const entry of c.node.metadata) {
      if (entry.type !== Validations.ACKNOWLEDGED_RULES_METADATA_KEY) continue;
      for (const [id, reason] of Object.entries(entry.data as Record<string, string>))
        out.push({ path: c.node.path, id, reason });
    }
  }
  return out;
}

test('GIVEN every acknowledgement THEN it is an AwsSolutions rule with a specific reason of its own', () => {
  const acks = acknowledgements(app);
  expect(acks.length).toBeGreaterThan(0);
  for (const ack of acks) {
    expect(ack.id).toMatch(/^(annotation::)?AwsSolutions-[A-Z]+\d+(\[.+\])?$/i);
    expect(ack.reason.length).toBeGreaterThan(40);
  }
  // No rule is waved through for a whole stack: each acknowledgement sits on a construct inside one.
  for (const ack of acks) expect(allStacks().map((s) => s.node.path)).not.toContain(ack.path);
});

test('GIVEN cdk.json THEN the app runs bin/folio.ts with tsx and the stacks are environment-agnostic (no lookups)', () => {
  const cdkJson = JSON.parse(readFileSync(join(__dirname, '..', 'cdk.json'), 'utf8'));
  expect(cdkJson.app).toBe('npx tsx bin/folio.ts');
  for (const stack of allStacks()) expect(Stack.of(stack).environment).toBe('aws://unknown-account/unknown-region');
});
