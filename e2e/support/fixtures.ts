/**
 * `apps`: the production builds of the four apps served on the test ports for the whole worker, with the
 * stack's amplify_outputs.json. A test can stop one app's server (an outage) and start it again.
 */
import { test as base } from '@playwright/test';
import { serveApps, type StaticApps } from '../../backend/local/static-apps';
import { e2ePorts } from './ports';

export const test = base.extend<object, { apps: StaticApps }>({
  apps: [
    // eslint-disable-next-line no-empty-pattern -- Playwright reads a fixture's needs from this pattern: none here
    async ({}, use) => {
      const outputs = JSON.parse(process.env.FOLIO_E2E_OUTPUTS ?? 'null');
      if (!outputs) throw new Error('FOLIO_E2E_OUTPUTS is missing: global-setup.ts starts the stack');
      // The prerendered pages global-setup.ts renders, served first as `npm start` does.
      const apps = await serveApps({ ports: e2ePorts(), outputs: () => outputs, site: process.env.FOLIO_E2E_SITE });
      await use(apps);
      await apps.stop();
    },
    { scope: 'worker', auto: true },
  ],
});

export { expect } from '@playwright/test';
