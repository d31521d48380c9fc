/**
 * The static server with released remotes (`npm start`): the shell's /remotes.json is the releases' discovery
 * document (never cached), a remote's `/<version>/…` comes from its bucket (immutable), and failure beacons reach
 * the releases. A fake of the releases stands in for S3 here (backend/releases/served-releases.test.ts has s3rver).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ports as folioPorts } from '@folio/config';
import { appServerOptions, serveApp, type AppServer, type ServedReleases } from './static-apps';
import { IMMUTABLE } from './static-headers';

function fakeRepo(): string {
  const root = mkdtempSync(join(tmpdir(), 'folio-static-releases-'));
  const write = (path: string, body: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), body);
  };
  write('shell/dist/index.html', '<!doctype html><script defer src="/main.js"></script>');
  for (const remote of ['catalog', 'cart-checkout', 'account']) write(`${remote}/dist/mf-manifest.json`, '{}');
  return root;
}

// Port 0: each server picks a free one; the other ports only feed the CSP.
const ports = { ...folioPorts(), shell: 0, catalog: 0, cartCheckout: 0, account: 0 };
const outputs = { data: { url: 'http://localhost:20002/graphql' } };

const beacons: string[] = [];
const releases: ServedReleases = {
  discovery: async () => '{"schema":"s","microFrontends":{}}',
  object: async (remote, key) => (key === 'v2/remoteEntry.js' ? Buffer.from(`/* ${remote} v2 */`) : undefined),
  beacon: (body) => beacons.push(body),
};

const servers: AppServer[] = [];
afterAll(() => Promise.all(servers.map((s) => s.close())));

async function serve(name: 'shell' | 'catalog'): Promise<AppServer> {
  const server = await serveApp(
    appServerOptions(name, { ports, outputs: () => outputs, repoRoot: fakeRepo(), releases }),
  );
  servers.push(server);
  return server;
}

it('answers /remotes.json with the releases’ discovery document, revalidated on every visit', async () => {
  const res = await fetch(`${(await serve('shell')).url}/remotes.json`);
  expect(await res.json()).toEqual({ schema: 's', microFrontends: {} });
  expect(res.headers.get('cache-control')).toBe('no-cache');
});

it('serves a remote’s version from its bucket, immutable, and 404 for a version it does not have', async () => {
  const catalog = await serve('catalog');
  const res = await fetch(`${catalog.url}/v2/remoteEntry.js`);
  expect(await res.text()).toBe('/* catalog v2 */');
  expect(res.headers.get('cache-control')).toBe(IMMUTABLE);
  expect(res.headers.get('access-control-allow-origin')).toBe('*');
  expect((await fetch(`${catalog.url}/v9/remoteEntry.js`)).status).toBe(404);
});

it('hands the shell’s failure beacons to the releases, and lets a developer’s dev server load in the page', async () => {
  const shell = await serve('shell');
  const res = await fetch(`${shell.url}/health-beacon`, { method: 'POST', body: '{"remote":"catalog"}' });
  expect(res.status).toBe(204);
  expect(beacons).toEqual(['{"remote":"catalog"}']);
  const csp = (await fetch(`${shell.url}/`)).headers.get('content-security-policy') ?? '';
  expect(csp).toMatch(/script-src [^;]*http:\/\/localhost:\*/);
});
