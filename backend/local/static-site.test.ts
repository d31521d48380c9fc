/** The shell's server answering from the site folder of prerendered pages, as CloudFront from the site bucket. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appServerOptions, serveApp, type AppServer } from './static-apps';

let repo: string;
let shell: AppServer;

function write(path: string, body: string) {
  mkdirSync(join(repo, path, '..'), { recursive: true });
  writeFileSync(join(repo, path), body);
}

beforeAll(async () => {
  repo = mkdtempSync(join(tmpdir(), 'folio-site-'));
  write('shell/dist/index.html', '<!doctype html><div id="root"></div><script defer src="/main.js"></script>');
  write('shell/dist/main.js', '/* entry */');
  write('site/index.html', '<!doctype html><h1>Classics, newly bound.</h1>');
  write('site/books/emma/index.html', '<!doctype html><h1>Emma</h1>');
  write('site/books/genre/romance/index.html', '<!doctype html><h1>Romance</h1>');
  write('site/404.html', '<!doctype html><h1>We can’t find that page.</h1>');
  write('site/sitemap.xml', '<urlset/>');
  write('site/robots.txt', 'Sitemap: x');
  const ports = { shell: 0, catalog: 3001, cartCheckout: 3002, account: 3003 } as never;
  shell = await serveApp(
    appServerOptions('shell', { ports, outputs: () => ({}), repoRoot: repo, site: join(repo, 'site') }),
  );
});

afterAll(async () => {
  await shell.close();
  rmSync(repo, { recursive: true, force: true });
});

const get = async (path: string) => {
  const res = await fetch(`${shell.url}${path}`);
  return { status: res.status, type: res.headers.get('content-type'), body: await res.text() };
};

describe('prerendered pages', () => {
  it.each([
    ['/', 'Classics, newly bound.'],
    ['/books/emma', 'Emma'],
    ['/books/emma/', 'Emma'],
    ['/books/genre/romance', 'Romance'],
  ])('GIVEN %s THEN its prerendered page answers, as HTML', async (path, heading) => {
    expect(await get(path)).toEqual({
      status: 200,
      type: 'text/html; charset=utf-8',
      body: expect.stringContaining(`<h1>${heading}</h1>`),
    });
  });

  it.each(['/books/no-such-book', '/books/genre/cookery'])(
    'GIVEN an unknown book or genre (%s) THEN 404 with the store’s not-found page',
    async (path) => {
      expect(await get(path)).toMatchObject({ status: 404, body: expect.stringContaining('We can’t find that page.') });
    },
  );

  it('GIVEN a page the site does not prerender (the cart, search) THEN the shell’s index.html, as before', async () => {
    for (const path of ['/cart', '/search', '/books'])
      expect((await get(path)).body).toContain('<div id="root"></div>');
  });

  it('GIVEN /sitemap.xml and /robots.txt THEN the site’s', async () => {
    expect(await get('/sitemap.xml')).toMatchObject({ status: 200, body: '<urlset/>' });
    expect(await get('/robots.txt')).toMatchObject({ status: 200, type: 'text/plain; charset=utf-8' });
  });
});
