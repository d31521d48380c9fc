/**
 * `npm run size`: gzip sizes of what the storefront sends, measured on the production builds (`npm run build`
 * first) in Chromium: the shell's initial JS, each remote's remoteEntry.js, and every script the home route loads
 * (from all four origins). No backend is needed: GraphQL calls fail, but the home route's code all loads before
 * any data. Apps are served on the default ports + 300. `--markdown` prints the table for shell/BENCHMARKS.md.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { offsetPorts, ports as readPorts } from '@folio/config';
import { APPS, distOf, serveApps } from '../backend/local/static-apps';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './support/chromium';

export const HOME_ROUTE_BUDGET_KB = 170;

const kb = (bytes: number) => bytes / 1024;
const gzipSize = (body: Buffer) => gzipSync(body, { level: 9 }).length;

const shiftedPorts = () => readPorts(offsetPorts(300, { ...process.env }));

/** The scripts index.html loads before anything else: the shell's initial JS. */
function shellInitialScripts(): { file: string; gzip: number }[] {
  const dist = distOf('shell');
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  return [...html.matchAll(/<script[^>]*src="\/?([^"]+)"/g)].map(([, file]) => ({
    file,
    gzip: gzipSize(readFileSync(join(dist, file))),
  }));
}

function remoteEntries(): { remote: string; gzip: number }[] {
  return APPS.filter((a) => a.name !== 'shell').map((a) => ({
    remote: a.name,
    gzip: gzipSize(readFileSync(join(distOf(a.name), 'remoteEntry.js'))),
  }));
}

interface Loaded {
  url: string;
  app: string;
  gzip: number;
}

async function homeRouteScripts(shellUrl: string, appOf: (url: string) => string): Promise<Loaded[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const pending: Promise<Loaded | undefined>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      pending.push(
        response.body().then(
          (body) => ({ url: response.url(), app: appOf(response.url()), gzip: gzipSize(body) }),
          () => undefined,
        ),
      );
    });
    await page.goto(shellUrl, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 1, name: 'Classics, newly bound.' }).waitFor();
    // Scroll through the page: shelves further down render as they come into view.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState('networkidle');
    return (await Promise.all(pending)).filter((l): l is Loaded => l !== undefined);
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const markdown = process.argv.includes('--markdown');
  const ports = shiftedPorts();
  const outputs = {
    version: '1.3',
    auth: {
      aws_region: 'us-east-1',
      user_pool_id: 'local_size',
      user_pool_client_id: 'size-report',
      username_attributes: ['email'],
    },
    data: {
      url: `http://localhost:${ports.graphql}/graphql`,
      aws_region: 'us-east-1',
      api_key: 'size-report',
      default_authorization_type: 'AMAZON_COGNITO_USER_POOLS',
      authorization_types: ['API_KEY'],
    },
    custom: {
      folio: {
        environment: 'local',
        userPoolEndpoint: `http://localhost:${ports.cognito}`,
        imageBaseUrl: `http://localhost:${ports.s3}/folio-images`,
        authFlowType: 'USER_PASSWORD_AUTH',
      },
    },
  };
  const apps = await serveApps({ ports, outputs: () => outputs });
  const origins = Object.entries(apps.urls).map(([name, url]) => [new URL(url).origin, name] as const);
  const appOf = (url: string) => origins.find(([origin]) => url.startsWith(origin))?.[1] ?? new URL(url).origin;
  let loaded: Loaded[];
  try {
    loaded = await homeRouteScripts(apps.urls.shell, appOf);
  } finally {
    await apps.stop();
  }

  const initial = shellInitialScripts();
  const entries = remoteEntries();
  const total = loaded.reduce((sum, l) => sum + l.gzip, 0);
  const byApp = APPS.map((a) => ({ app: a.name, files: loaded.filter((l) => l.app === a.name) }));
  const biggest = [...loaded].sort((a, b) => b.gzip - a.gzip).slice(0, 8);
  const verdict = kb(total) <= HOME_ROUTE_BUDGET_KB ? 'within' : 'OVER';

  const rows: [string, string][] = [
    ...initial.map((i) => [`shell initial JS: ${i.file}`, kb(i.gzip).toFixed(1)] as [string, string]),
    ...entries.map((e) => [`${e.remote} remoteEntry.js`, kb(e.gzip).toFixed(1)] as [string, string]),
    ...byApp.map(
      (a) =>
        [
          `home route, from ${a.app} (${a.files.length} files)`,
          kb(a.files.reduce((s, f) => s + f.gzip, 0)).toFixed(1),
        ] as [string, string],
    ),
    [`home route, total JS (${loaded.length} files)`, kb(total).toFixed(1)],
  ];
  if (markdown) {
    console.log('| what | KB gzip |\n|---|---:|');
    for (const [what, size] of rows) console.log(`| ${what} | ${size} |`);
    console.log(`\nLargest home-route files:\n\n| file | app | KB gzip |\n|---|---|---:|`);
    for (const l of biggest)
      console.log(`| ${new URL(l.url).pathname.slice(1)} | ${l.app} | ${kb(l.gzip).toFixed(1)} |`);
  } else {
    for (const [what, size] of rows) console.log(`${size.padStart(7)} KB  ${what}`);
    console.log('\nLargest home-route files:');
    for (const l of biggest)
      console.log(`${kb(l.gzip).toFixed(1).padStart(7)} KB  ${l.app.padEnd(14)} ${new URL(l.url).pathname}`);
  }
  console.log(`\nHome route: ${kb(total).toFixed(1)} KB gzip, ${verdict} the ${HOME_ROUTE_BUDGET_KB} KB target.`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
