/**
 * `npm start`: the local stack, seeded, with amplify_outputs.json written, then the production builds of the four
 * apps, each served on its own port, until Ctrl-C. The API answers first: the apps are built after it is up.
 *   --persist [dir]  keep data (DynamoDB, users, images) in dir (default backend/.folio/data) across restarts
 *   --no-apps        the stack only (no build, no storefront); so does FOLIO_SKIP_APPS=1 (tests of the stack)
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_USERS, portVariable, type PortName } from '@folio/config';
import { startStack, type Stack } from './stack';
import { seedBooks, uploadCovers } from './seed';
import { writeAmplifyOutputs } from './outputs';
import { BOOKS } from '../seed/books';
import { assertPortsFree, PortInUseError } from './ports';
import { localConfig } from './config';
import { APPS, serveApps, type StaticApps } from './static-apps';
import { buildApps } from './static-build';
import { SITE_DIR, startStackSite, type LocalSite } from './site';
import { localReleaseClient, publishInitialVersions, remoteOrigins } from '../releases/local';
import { servedReleases } from '../releases/served-releases';

function parseArgs(argv: string[]): { persistDir?: string; apps: boolean } {
  const apps = !argv.includes('--no-apps') && !process.env.FOLIO_SKIP_APPS;
  const i = argv.indexOf('--persist');
  if (i === -1) return { apps };
  const next = argv[i + 1];
  return { apps, persistDir: next && !next.startsWith('--') ? next : join(__dirname, '..', '.folio', 'data') };
}

const progress = (done: number, total: number, what: string) => {
  const line = `  seeding ${what}: ${done}/${total}`;
  if (process.stdout.isTTY) process.stdout.write(`\r${line}${done === total ? '\n' : ''}`);
  else if (done === total || done % 40 === 0) console.log(line);
};

let stack: Stack | undefined;
let apps: StaticApps | undefined;
let site: LocalSite | undefined;
let stopping = false;

/** The app ports are checked before anything starts, so a clash is reported before the stack boots. */
async function assertAppPortsFree(): Promise<void> {
  const ports = localConfig().ports;
  await assertPortsFree(
    Object.fromEntries(
      APPS.map((a) => [`${a.name} app`, { port: ports[a.port], variable: portVariable(a.port as PortName) }]),
    ),
  );
}

/** Builds the apps (cached by nx when unchanged) and serves them; the shell serves the outputs file the stack wrote. */
async function startStorefront(s: Stack, outputsFile: string): Promise<void> {
  const building = Date.now();
  console.log('Building the storefront (shell, catalog, cart-checkout, account)…');
  await buildApps({ log: (line) => console.log(`  ${line}`) });
  // Last run's pages may show books this run does not have: the store renders them afresh below.
  rmSync(SITE_DIR, { recursive: true, force: true });
  // The remotes are served as released versions from their buckets (backend/releases, `npm run releases`).
  const s3 = localReleaseClient(s.config);
  await publishInitialVersions(s3, (line) => console.log(`  ${line}`));
  const releases = servedReleases(s3, remoteOrigins(s.config.ports), (line) => console.log(line));
  apps = await serveApps({
    ports: s.config.ports,
    outputs: () => JSON.parse(readFileSync(outputsFile, 'utf8')),
    site: SITE_DIR,
    releases,
  });
  const remotes = APPS.filter((a) => a.name !== 'shell').map((a) => `${a.name} ${apps!.urls[a.name]}`);
  console.log(
    `\nStorefront    ${apps.urls.shell}   (built and served in ${((Date.now() - building) / 1000).toFixed(1)} s)`,
  );
  console.log(`Remotes       ${remotes.join(' · ')}\n`);
  site = await startStackSite(s, JSON.parse(readFileSync(outputsFile, 'utf8')), s.config.ports, {
    log: (line) => console.log(`  ${line}`),
  });
  const { pages, failed, ms } = site.firstRender;
  console.log(
    `Prerendered   ${pages} pages in ${(ms / 1000).toFixed(1)} s${failed.length ? ` (${failed.length} failed)` : ''}, kept in step with the books table\n`,
  );
}

async function main(): Promise<void> {
  const started = Date.now();
  const { persistDir, apps: withApps } = parseArgs(process.argv.slice(2));
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  if (withApps) await assertAppPortsFree();

  console.log(`Starting Folio's local AWS stack${persistDir ? ` (data kept in ${persistDir})` : ''}…`);
  stack = await startStack({ persistDir, log: (line) => console.log(`  ${line}`) });
  // FOLIO_OUTPUTS_FILE lets a second stack (tests) write elsewhere than the developer's own file.
  const file = writeAmplifyOutputs(stack.config, stack.pool, process.env.FOLIO_OUTPUTS_FILE || undefined);
  const seeded = await seedBooks(stack.config, progress);
  console.log(seeded ? `  ${seeded} books in the catalog` : '  catalog kept from the persisted data');
  console.log(`\nGraphQL API   ${stack.urls.graphql}   (API key ${stack.config.apiKey})`);
  console.log(`Outputs       ${file}`);
  console.log(`Email inbox   ${stack.urls.ses}/   (every order email the store sends; JSON at /store)`);
  console.log(
    `Demo users    ${DEMO_USERS.map((u) => `${u.email}${u.groups.length ? ` (${u.groups.join(', ')})` : ''}`).join(', ')} · password ${DEMO_USERS[0].password}`,
  );
  console.log(`Ready in ${((Date.now() - started) / 1000).toFixed(1)} s. Press Ctrl-C to stop.\n`);
  const running = stack;
  const covers = seeded
    ? uploadCovers(running.config, BOOKS, progress).then(() =>
        console.log(`Covers uploaded to ${running.urls.images}/covers/`),
      )
    : Promise.resolve();
  await Promise.all([covers, withApps ? startStorefront(running, file) : undefined]);
}

async function stop(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping the local stack…');
  await site?.stop();
  await apps?.stop();
  await stack?.stop();
  process.exit(code);
}

main().catch(async (error) => {
  console.error(`\n${error instanceof PortInUseError ? error.message : ((error as Error).stack ?? error)}`);
  await stop(1);
});
