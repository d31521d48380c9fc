/**
 * `npm start`: the local stack, seeded, with amplify_outputs.json written, until Ctrl-C.
 *   --persist [dir]  keep data (DynamoDB, users, images) in dir (default backend/.folio/data) across restarts
 */
import { join } from 'node:path';
import { DEMO_USERS } from '@folio/config';
import { startStack, type Stack } from './stack';
import { seedBooks, uploadCovers } from './seed';
import { writeAmplifyOutputs } from './outputs';
import { BOOKS } from '../seed/books';
import { PortInUseError } from './ports';

function parseArgs(argv: string[]): { persistDir?: string } {
  const i = argv.indexOf('--persist');
  if (i === -1) return {};
  const next = argv[i + 1];
  return { persistDir: next && !next.startsWith('--') ? next : join(__dirname, '..', '.folio', 'data') };
}

const progress = (done: number, total: number, what: string) => {
  const line = `  seeding ${what}: ${done}/${total}`;
  if (process.stdout.isTTY) process.stdout.write(`\r${line}${done === total ? '\n' : ''}`);
  else if (done === total || done % 40 === 0) console.log(line);
};

let stack: Stack | undefined;
let stopping = false;

async function main(): Promise<void> {
  const started = Date.now();
  const { persistDir } = parseArgs(process.argv.slice(2));
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  console.log(`Starting Folio's local AWS stack${persistDir ? ` (data kept in ${persistDir})` : ''}…`);
  stack = await startStack({ persistDir, log: (line) => console.log(`  ${line}`) });
  // FOLIO_OUTPUTS_FILE lets a second stack (tests) write elsewhere than the developer's own file.
  const file = writeAmplifyOutputs(stack.config, stack.pool, process.env.FOLIO_OUTPUTS_FILE || undefined);
  const seeded = await seedBooks(stack.config, progress);
  console.log(seeded ? `  ${seeded} books in the catalog` : '  catalog kept from the persisted data');
  console.log(`\nGraphQL API   ${stack.urls.graphql}   (API key ${stack.config.apiKey})`);
  console.log(`Outputs       ${file}`);
  console.log(`Demo users    ${DEMO_USERS.map((u) => `${u.email}${u.groups.length ? ` (${u.groups.join(', ')})` : ''}`).join(', ')} · password ${DEMO_USERS[0].password}`);
  console.log(`Ready in ${((Date.now() - started) / 1000).toFixed(1)} s. Press Ctrl-C to stop.\n`);
  if (seeded) {
    await uploadCovers(stack.config, BOOKS, progress);
    console.log(`Covers uploaded to ${stack.urls.images}/covers/`);
  }
}

async function stop(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping the local stack…');
  await stack?.stop();
  process.exit(code);
}

main().catch(async (error) => {
  console.error(`\n${error instanceof PortInUseError ? error.message : (error as Error).stack ?? error}`);
  await stop(1);
});
