import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appServerOptions, serveApp, serveApps, type AppServer } from './static-apps';
import { cacheControlFor, IMMUTABLE, REVALIDATE } from './static-headers';

const INLINE_SCRIPT = 'self.folioEarly = {};';
const INLINE_HASH = `'sha256-${createHash('sha256').update(INLINE_SCRIPT).digest('base64')}'`;

/** A repository with tiny builds of the four apps. */
function fakeRepo(): string {
  const root = mkdtempSync(join(tmpdir(), 'folio-static-'));
  const write = (path: string, body: string) => {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), body);
  };
  write(
    'shell/dist/index.html',
    `<!doctype html><script>${INLINE_SCRIPT}</script><script defer src="/main.js"></script>`,
  );
  write('shell/dist/main.js', `/* entry */ ${'x'.repeat(3000)}`);
  write('shell/dist/123.0a1b2c3d.js', '/* chunk */');
  for (const remote of ['catalog', 'cart-checkout', 'account']) {
    write(`${remote}/dist/mf-manifest.json`, '{"name":"x"}');
    write(`${remote}/dist/remoteEntry.js`, '/* remote entry */');
    write(`${remote}/dist/__federation_expose_routes.89abcdef.js`, '/* exposed */');
  }
  write('secret.txt', 'outside the build');
  return root;
}

const ports = {
  shell: 0,
  catalog: 0,
  cartCheckout: 0,
  account: 0,
  graphql: 20002,
  dynamodb: 8000,
  cognito: 9229,
  cognitoInternal: 9239,
  s3: 4568,
  stripe: 12111,
  ses: 8005,
};
const outputs = {
  version: '1.3',
  auth: { aws_region: 'us-east-1' },
  data: { url: 'http://localhost:20002/graphql' },
  custom: { folio: { userPoolEndpoint: 'http://localhost:9229', imageBaseUrl: 'http://localhost:4568/folio-images' } },
};

/** The Content-Security-Policy header as directive → sources. */
function cspOf(res: Response): Record<string, string[]> {
  const header = res.headers.get('content-security-policy') ?? '';
  return Object.fromEntries(
    header
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

let repo: string;
let shell: AppServer;
let catalog: AppServer;

beforeAll(async () => {
  repo = fakeRepo();
  shell = await serveApp(appServerOptions('shell', { ports, outputs: () => outputs, repoRoot: repo }));
  catalog = await serveApp(appServerOptions('catalog', { ports, outputs: () => outputs, repoRoot: repo }));
});

afterAll(async () => {
  await Promise.all([shell.close(), catalog.close()]);
  rmSync(repo, { recursive: true, force: true });
});

const get = (server: AppServer, path: string, headers: Record<string, string> = {}) =>
  fetch(`${server.url}${path}`, { headers });

describe('cache headers', () => {
  it.each([
    ['index.html', REVALIDATE],
    ['mf-manifest.json', REVALIDATE],
    ['remoteEntry.js', REVALIDATE],
    ['remotes.json', REVALIDATE],
    ['amplify_outputs.json', REVALIDATE],
    ['main.js', REVALIDATE],
    ['470.2c19ec1f.js', IMMUTABLE],
    ['__federation_expose_routes.44585acc.js', IMMUTABLE],
    ['507.1e25d928.css', IMMUTABLE],
  ])('%s → %s', (file, expected) => {
    expect(cacheControlFor(`/${file}`)).toBe(expected);
  });
});

describe('the shell’s server', () => {
  it('serves index.html, revalidated on every visit', async () => {
    const res = await get(shell, '/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.text()).toContain('/main.js');
  });

  it('answers its client-side routes with index.html (SPA fallback), but not missing files', async () => {
    expect(await (await get(shell, '/books/genre/mystery')).text()).toContain('<!doctype html>');
    expect((await get(shell, '/missing.0a1b2c3d.js')).status).toBe(404);
  });

  it('caches content-hashed chunks forever', async () => {
    expect((await get(shell, '/123.0a1b2c3d.js')).headers.get('cache-control')).toBe(
      'public, max-age=31536000, immutable',
    );
  });

  it('serves the stack’s amplify_outputs.json and a remotes.json made from the ports', async () => {
    const res = await get(shell, '/amplify_outputs.json');
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(await res.json()).toEqual(outputs);
    expect(await (await get(shell, '/remotes.json')).json()).toEqual({
      catalog: 'http://localhost:0/mf-manifest.json',
      'cart-checkout': 'http://localhost:0/mf-manifest.json',
      account: 'http://localhost:0/mf-manifest.json',
    });
  });

  it('gzips text and answers a revalidation with 304', async () => {
    const first = await get(shell, '/main.js', { 'accept-encoding': 'gzip' });
    expect(first.headers.get('content-encoding')).toBe('gzip');
    expect(await first.text()).toContain('/* entry */');
    const again = await get(shell, '/main.js', { 'if-none-match': first.headers.get('etag')! });
    expect(again.status).toBe(304);
  });

  it('never serves a file outside the build', async () => {
    expect((await get(shell, '/..%2f..%2fsecret.txt')).status).toBe(404);
    expect((await get(shell, '/%2e%2e/%2e%2e/secret.txt')).status).toBe(404);
  });
});

describe('security headers', () => {
  it('GIVEN the shell THEN a CSP with its inline start-up script by hash, the remotes, the API, Cognito, the covers', async () => {
    for (const path of ['/', '/books/emma', '/main.js', '/missing.0a1b2c3d.js']) {
      const res = await get(shell, path);
      const csp = cspOf(res);
      expect(csp['script-src']).toEqual(["'self'", 'http://localhost:0', INLINE_HASH, 'https://js.stripe.com']);
      expect(csp['connect-src']).toEqual([
        "'self'",
        'http://localhost:0',
        'http://localhost:20002',
        'http://localhost:9229',
        'http://localhost:4568',
        'https://api.stripe.com',
      ]);
      expect(csp['img-src']).toEqual(["'self'", 'data:', 'blob:', 'http://localhost:4568']);
      expect(csp['style-src']).toEqual(["'self'", 'http://localhost:0']);
      expect(csp['object-src']).toEqual(["'none'"]);
      expect(csp['base-uri']).toEqual(["'self'"]);
      expect(csp['frame-ancestors']).toEqual(["'none'"]);
      expect(csp['frame-src']).toEqual(['https://js.stripe.com', 'https://hooks.stripe.com']);
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
    }
  });

  it('GIVEN a remote THEN a CSP that runs nothing on its own origin, while CORS still lets the shell load it', async () => {
    const res = await get(catalog, '/remoteEntry.js', { origin: 'http://localhost:3000' });
    expect(cspOf(res)).toEqual({
      'default-src': ["'none'"],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
      'frame-ancestors': ["'none'"],
    });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });
});

describe('a remote’s server', () => {
  it('lets the shell’s origin load it (CORS) and revalidates its manifest and entry', async () => {
    for (const file of ['/mf-manifest.json', '/remoteEntry.js']) {
      const res = await get(catalog, file, { origin: 'http://localhost:3000' });
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect(res.headers.get('cache-control')).toBe('no-cache');
    }
    const preflight = await fetch(`${catalog.url}/remoteEntry.js`, { method: 'OPTIONS' });
    expect(preflight.status).toBe(204);
  });

  it('caches its exposed chunks forever and has no page fallback', async () => {
    expect((await get(catalog, '/__federation_expose_routes.89abcdef.js')).headers.get('cache-control')).toBe(
      IMMUTABLE,
    );
    expect((await get(catalog, '/books')).status).toBe(404);
  });
});

describe('serveApps', () => {
  it('refuses to start without builds, saying how to make them', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'folio-empty-'));
    await expect(serveApps({ ports, outputs: () => outputs, repoRoot: empty })).rejects.toThrow('lerna run build');
    rmSync(empty, { recursive: true, force: true });
  });

  it('stops and restarts one app on the same port (an outage in the e2e tests)', async () => {
    const fixed = { ...ports, shell: 31901, catalog: 31902, cartCheckout: 31903, account: 31904 };
    const apps = await serveApps({ ports: fixed, outputs: () => outputs, repoRoot: repo });
    try {
      await apps.stopApp('catalog');
      await expect(fetch('http://localhost:31902/remoteEntry.js')).rejects.toThrow();
      await apps.startApp('catalog');
      expect((await fetch('http://localhost:31902/remoteEntry.js')).status).toBe(200);
    } finally {
      await apps.stop();
    }
  });
});
