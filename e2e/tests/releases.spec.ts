/**
 * Releases per remote (backend/releases), in the browser against the e2e stack's buckets: a catalog version with a
 * visible change goes out at canary 0, then 50, is promoted and rolled back, while the shell's published files
 * stay byte-identical; a version needing a shared module the live shell lacks is refused.
 */
import type { Browser } from '@playwright/test';
import type { S3Client } from '@aws-sdk/client-s3';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '../support/fixtures';
import { readState, writeState } from '../../backend/releases/bucket';
import { publish } from '../../backend/releases/publish';
import { promote, rollback } from '../../backend/releases/release-state';
import { REPO_ROOT, type StaticApps } from '../../backend/local/static-apps';
import {
  catalogVersionsOf,
  changedCatalogBuild,
  NEW_HEADING,
  OLD_HEADING,
  releaseClient,
  serveReleasedApps,
  shellFingerprint,
} from '../support/releases';

test.describe.configure({ mode: 'serial' });

let s3: S3Client;
let released: StaticApps;
let shellBefore: string;
const shellManifest = () => JSON.parse(readFileSync(join(REPO_ROOT, 'shell', 'dist', 'mf-manifest.json'), 'utf8'));

/** The home page's heading for a visitor whose catalog bucket is `bucket` (0-99). */
async function headingFor(
  browser: Browser,
  bucket: number,
): Promise<{ text: string; reloaded: () => Promise<string> }> {
  const context = await browser.newContext();
  await context.addInitScript((b) => localStorage.setItem('folio-release-bucket:catalog', String(b)), bucket);
  const page = await context.newPage();
  const read = async () => (await page.getByRole('heading', { level: 1 }).textContent())?.trim() ?? '';
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  return {
    text: await read(),
    reloaded: async () => {
      await page.reload();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      return read();
    },
  };
}

test.beforeAll(async ({ apps }) => {
  // The fixture serves the builds as they are; these journeys need the released remotes, as `npm start` serves them.
  await apps.stop();
  s3 = releaseClient();
  released = await serveReleasedApps(s3);
  shellBefore = shellFingerprint();
});

test.afterAll(async ({ apps }) => {
  await released.stop();
  for (const name of ['shell', 'catalog', 'cart-checkout', 'account'] as const) await apps.startApp(name);
});

test('a canary at 0 % reaches nobody, at 50 % about half the visitors, each keeping their version', async ({
  browser,
}) => {
  test.setTimeout(480_000);
  const live = (await readState(s3, 'catalog')).live!;
  const state = await publish(s3, {
    remote: 'catalog',
    shellManifest: shellManifest(),
    canary: 0,
    dist: changedCatalogBuild(),
    checkTypes: false,
  });
  const canary = state.canary!.version;
  expect(state.live).toBe(live);

  const atZero = await catalogVersionsOf(browser, 40);
  expect(atZero.filter((v) => v.first === canary || v.reload === canary)).toEqual([]);
  expect((await headingFor(browser, 0)).text).toBe(OLD_HEADING);

  await writeState(s3, { ...(await readState(s3, 'catalog')), canary: { version: canary, weight: 50 } });
  const atHalf = await catalogVersionsOf(browser, 200);
  const onCanary = atHalf.filter((v) => v.first === canary).length;
  test.info().annotations.push({ type: 'canary at 50 %', description: `${onCanary} of 200 visitors` });
  expect(onCanary).toBeGreaterThanOrEqual(70);
  expect(onCanary).toBeLessThanOrEqual(130);
  expect(atHalf.filter((v) => v.first !== v.reload)).toEqual([]);
  expect((await headingFor(browser, 10)).text).toBe(NEW_HEADING);
  expect((await headingFor(browser, 90)).text).toBe(OLD_HEADING);
  expect(shellFingerprint()).toBe(shellBefore);
});

test('promote shows the new version to everyone; rollback shows the old one after one reload', async ({ browser }) => {
  const visitor = await headingFor(browser, 90);
  expect(visitor.text).toBe(OLD_HEADING);

  await writeState(s3, promote(await readState(s3, 'catalog')));
  expect(await visitor.reloaded()).toBe(NEW_HEADING);
  expect((await headingFor(browser, 0)).text).toBe(NEW_HEADING);

  await writeState(s3, rollback(await readState(s3, 'catalog')));
  expect(await visitor.reloaded()).toBe(OLD_HEADING);
  expect(shellFingerprint()).toBe(shellBefore);
});

test('a version needing a shared module the live shell lacks is refused, naming the module', async ({ page }) => {
  const before = await readState(s3, 'catalog');
  const needsLodash = changedCatalogBuild((source) =>
    source.replace('shareKey:"react"}', 'shareKey:"react"},9999:{shareKey:"lodash-es"}'),
  );
  await expect(
    publish(s3, { remote: 'catalog', shellManifest: shellManifest(), dist: needsLodash, checkTypes: false }),
  ).rejects.toThrow(/needs shared module lodash-es.*which the live shell does not provide/);
  expect(await readState(s3, 'catalog')).toEqual(before);
  const response = await page.request.get('/main.js');
  expect(response.ok()).toBe(true);
  expect(shellFingerprint()).toBe(shellBefore);
});
