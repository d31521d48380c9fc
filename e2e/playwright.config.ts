/**
 * Browser journeys across the four apps, in Debian Chromium (/usr/bin/chromium; CI installs it from apt — never
 * `npx playwright install`). global-setup.ts starts the local stack on the test ports (defaults + 100); the
 * `apps` fixture serves the production builds (`lerna run build` first) on the app test ports.
 */
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './support/chromium';
import { e2ePorts } from './support/ports';

export default defineConfig({
  testDir: './tests',
  // One worker: the journeys share one stack and one set of app servers (one test stops a remote's server).
  workers: 1,
  fullyParallel: false,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  globalSetup: './global-setup.ts',
  globalTeardown: './global-teardown.ts',
  outputDir: 'test-results',
  use: {
    baseURL: `http://localhost:${e2ePorts().shell}`,
    browserName: 'chromium',
    viewport: { width: 1280, height: 900 },
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
