/**
 * Starts the local AWS stack on the test ports, seeded, with covers for the books the journeys look at, and hands
 * the workers the amplify_outputs.json for those ports (the apps are served by the `apps` fixture).
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { startStack, type Stack } from '../backend/local/stack';
import { seedBooks, uploadCovers } from '../backend/local/seed';
import { amplifyOutputs } from '../backend/local/outputs';
import { assertPortsFree } from '../backend/local/ports';
import { APPS, distOf } from '../backend/local/static-apps';
import { startStackSite, type LocalSite } from '../backend/local/site';
import { portVariable } from '@folio/config';
import { BOOKS } from '../backend/seed/books';
import { e2ePorts } from './support/ports';
import { COVERED_BOOKS } from './support/catalog';

export default async function globalSetup(): Promise<void> {
  // Fail before booting anything if the apps are not built.
  for (const app of APPS) distOf(app.name);
  const ports = e2ePorts();
  // The apps are served by the workers (support/fixtures.ts): say now if their ports are taken.
  await assertPortsFree(
    Object.fromEntries(
      APPS.map((a) => [`${a.name} app (e2e)`, { port: ports[a.port], variable: portVariable(a.port) }]),
    ),
  );
  const started = Date.now();
  // One state folder per port set, so two e2e runs on different ports never wipe each other's data.
  const stateDir = join(__dirname, '..', 'backend', '.folio', `e2e-state-${ports.graphql}`);
  process.env.FOLIO_E2E_STATE_DIR = stateDir;
  // A short sweep for authorised payments without their order (the default is 15 s): the checkout journey whose
  // page closes after 3-D Secure waits for it. An explicit setting wins.
  process.env.FOLIO_RECONCILE_PERIOD_MS ??= '5000';
  const stack = await startStack({ stateDir });
  (globalThis as { folioE2eStack?: Stack }).folioE2eStack = stack;
  await seedBooks(stack.config, () => undefined);
  await uploadCovers(
    stack.config,
    BOOKS.filter((b) => COVERED_BOOKS(b)),
    () => undefined,
  );
  const outputs = amplifyOutputs(stack.config, stack.pool);
  process.env.FOLIO_E2E_OUTPUTS = JSON.stringify(outputs);
  // The store's prerendered pages, as `npm start` serves them, kept in step with the books table.
  const siteDir = join(__dirname, '..', 'backend', '.folio', `e2e-site-${ports.graphql}`);
  rmSync(siteDir, { recursive: true, force: true });
  const site = await startStackSite(stack, outputs, ports, {
    dir: siteDir,
    log: (line) => console.log(`e2e: ${line}`),
  });
  (globalThis as { folioE2eSite?: LocalSite }).folioE2eSite = site;
  process.env.FOLIO_E2E_SITE = siteDir;
  console.log(
    `e2e: local stack on the test ports, seeded, ${site.firstRender.pages} pages prerendered (${(site.firstRender.ms / 1000).toFixed(1)} s), in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}
