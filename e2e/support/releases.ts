/**
 * The release journeys' set-up: the `apps` fixture's servers swapped for ones serving the released remotes from
 * the e2e stack's buckets (as `npm start` does), a catalog build with a visible change, and the shell's published
 * files fingerprinted (a release must never touch them).
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import type { S3Client } from '@aws-sdk/client-s3';
import { localConfig } from '../../backend/local/config';
import { REPO_ROOT, serveApps, type StaticApps } from '../../backend/local/static-apps';
import { localReleaseClient, publishInitialVersions, remoteOrigins } from '../../backend/releases/local';
import { servedReleases } from '../../backend/releases/served-releases';
import { e2ePorts } from './ports';

/** The home page's heading, and what the changed catalog build says instead. */
export const OLD_HEADING = 'Classics, newly bound.';
export const NEW_HEADING = 'Classics, freshly bound.';

export function releaseClient(): S3Client {
  e2ePorts();
  return localReleaseClient(localConfig());
}

export async function serveReleasedApps(s3: S3Client): Promise<StaticApps> {
  await publishInitialVersions(s3, () => undefined);
  const outputs = JSON.parse(process.env.FOLIO_E2E_OUTPUTS ?? 'null');
  return serveApps({
    ports: e2ePorts(),
    outputs: () => outputs,
    releases: servedReleases(s3, remoteOrigins(e2ePorts())),
  });
}

/** A copy of the catalog's build whose home heading reads NEW_HEADING (a visible change, without a rebuild). */
export function changedCatalogBuild(
  change: (source: string) => string = (s) => s.replaceAll(OLD_HEADING, NEW_HEADING),
) {
  const dist = mkdtempSync(join(tmpdir(), 'folio-catalog-'));
  cpSync(join(REPO_ROOT, 'catalog', 'dist'), dist, { recursive: true });
  let changed = 0;
  for (const file of readdirSync(dist).filter((f) => f.endsWith('.js'))) {
    const source = readFileSync(join(dist, file), 'utf8');
    const next = change(source);
    if (next !== source) {
      writeFileSync(join(dist, file), next);
      changed++;
    }
  }
  if (!changed) throw new Error('the catalog build has nothing to change: is the home heading still the same?');
  return dist;
}

/** A digest of every file of the shell's build. */
export function shellFingerprint(): string {
  const dist = join(REPO_ROOT, 'shell', 'dist');
  const hash = createHash('sha256');
  for (const file of readdirSync(dist).sort()) hash.update(file).update(readFileSync(join(dist, file)));
  return hash.digest('hex');
}

/**
 * The catalog version each of `count` fresh visitors gets, read from the versioned manifest the shell's own
 * start-up code (index.html's script, choose-remotes.js) requests, then again after a reload. Only the page and
 * /remotes.json are served: the choice is made before anything else loads, which keeps 200 visits fast. Visitors
 * come a few at a time, each in a fresh browser context (its own storage).
 */
export async function catalogVersionsOf(browser: Browser, count: number): Promise<{ first: string; reload: string }[]> {
  const manifest = new RegExp(`^http://localhost:${e2ePorts().catalog}/(v\\d+)/mf-manifest\\.json$`);
  const visit = async () => {
    const context = await browser.newContext();
    await context.route(
      (url) => url.pathname !== '/' && url.pathname !== '/remotes.json',
      (route) => route.abort(),
    );
    const page = await context.newPage();
    const versions: string[] = [];
    page.on('request', (request) => {
      const match = manifest.exec(request.url());
      if (match) versions.push(match[1]);
    });
    await page.goto('/', { waitUntil: 'commit' });
    await until(() => versions.length === 1);
    await page.reload({ waitUntil: 'commit' });
    await until(() => versions.length === 2);
    await context.close();
    return { first: versions[0], reload: versions[1] };
  };
  const seen: { first: string; reload: string }[] = [];
  for (let i = 0; i < count; i += 4)
    seen.push(...(await Promise.all(Array.from({ length: Math.min(4, count - i) }, visit))));
  return seen;
}

async function until(done: () => boolean, timeout = 10_000): Promise<void> {
  const end = Date.now() + timeout;
  while (!done()) {
    if (Date.now() > end) throw new Error('the shell requested no catalog manifest');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
