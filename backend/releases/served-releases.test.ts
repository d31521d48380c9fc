/**
 * The released remotes as the stack serves them, against a real s3rver (in-process, a temporary folder): the
 * discovery document from the buckets, a version's files, failure beacons counted per version and a failing canary
 * rolled back.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REMOTES } from '@folio/config';
import { readState, remoteBucket, uploadVersion, writeState } from './bucket';
import { CANARY_FAILURE_LIMIT } from './health';
import { release, emptyState } from './release-state';
import { readHealth, servedReleases } from './served-releases';
import { startTestS3 } from './test-s3';

let stack: Awaited<ReturnType<typeof startTestS3>>;
let s3: typeof stack.s3;

beforeAll(async () => {
  stack = await startTestS3(REMOTES.map((r) => remoteBucket(r.name)));
  s3 = stack.s3;
});

afterAll(() => stack.stop());

const published = (version: string) => ({ version, at: '2026-12-08T03:00:00.000Z', commit: 'abc1234' });
const origins = Object.fromEntries(REMOTES.map((r) => [r.name, `http://localhost:9/${r.name}`]));

it('serves the discovery document from the buckets, and a version’s files from its folder', async () => {
  const dist = mkdtempSync(join(tmpdir(), 'folio-dist-'));
  mkdirSync(join(dist, 'static'));
  writeFileSync(join(dist, 'mf-manifest.json'), '{"name":"catalog"}');
  writeFileSync(join(dist, 'static', 'a.1234abcd.js'), 'chunk');
  expect(await uploadVersion(s3, 'catalog', 'v1', dist)).toBe(2);
  await writeState(s3, release(emptyState('catalog'), published('v1')));

  const served = servedReleases(s3, origins);
  const document = JSON.parse(await served.discovery());
  expect(document.microFrontends.catalog).toEqual([
    {
      url: 'http://localhost:9/catalog/v1/mf-manifest.json',
      metadata: { version: 'v1' },
      deployment: { traffic: 100, default: true },
    },
  ]);
  expect(document.microFrontends.account).toEqual([]);
  expect((await served.object('catalog', 'v1/static/a.1234abcd.js'))?.toString()).toBe('chunk');
  expect(await served.object('catalog', 'v2/mf-manifest.json')).toBeUndefined();
});

it('counts failure beacons per version and rolls a canary back at the limit, leaving the live version', async () => {
  const logged: string[] = [];
  const served = servedReleases(s3, origins, (line) => logged.push(line));
  await writeState(s3, release(release(emptyState('account'), published('v1')), published('v2'), 50));
  served.beacon('{"remote":"account","version":"v1","kind":"load"}');
  served.beacon('not a report');
  for (let i = 0; i < CANARY_FAILURE_LIMIT; i++) served.beacon('{"remote":"account","version":"v2","kind":"render"}');

  for (let tries = 0; (await readState(s3, 'account')).canary && tries < 100; tries++)
    await new Promise((resolve) => setTimeout(resolve, 50));
  expect(await readState(s3, 'account')).toMatchObject({
    live: 'v1',
    canary: null,
    note: `automatic rollback (${CANARY_FAILURE_LIMIT} failures): canary v2 dropped`,
  });
  expect(await readHealth(s3, 'account')).toEqual({ v1: 1, v2: CANARY_FAILURE_LIMIT });
  expect(logged).toEqual([`account canary v2 rolled back: ${CANARY_FAILURE_LIMIT} failures`]);
});
