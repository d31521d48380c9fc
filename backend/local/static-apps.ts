/**
 * Serves the production builds of the four front-end apps, each on its own port (its own origin), the way their
 * S3 buckets and CDN would: manifests, entries and start-up files are revalidated on every visit, content-hashed
 * chunks are cached forever, remotes answer cross-origin requests, and the shell falls back to index.html for
 * its client-side routes. The shell also serves /amplify_outputs.json and a /remotes.json made from the ports.
 * Used by `npm start`, the e2e tests and the size report.
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readBody } from './read-body';
import { createHash } from 'node:crypto';
import { listenHost, REMOTES, type PortName } from '@folio/config';
import { remotesJson } from '@folio/config/web/federation';
import type { OutputsForCsp } from '../content-security-policy';
import {
  cacheControlFor,
  contentTypeFor,
  isCompressible,
  REMOTE_CONTENT_SECURITY_POLICY,
  securityHeaders,
  shellPolicy,
  VERSION_PATH,
} from './static-headers';

export const REPO_ROOT = resolve(__dirname, '..', '..');

export type AppName = 'shell' | 'catalog' | 'cart-checkout' | 'account';
export const APPS: readonly { name: AppName; port: PortName }[] = [
  { name: 'shell', port: 'shell' },
  ...REMOTES.map((r) => ({ name: r.name as AppName, port: r.port })),
];

/** A file the server makes rather than reads from dist (the shell's start-up JSON). */
type Generated = () => string | Promise<string>;

export interface AppServerOptions {
  name: AppName;
  /** The build to serve (the app's dist folder). */
  root: string;
  port: number;
  /** Answer unknown page URLs with index.html (the shell's client-side routes). */
  spaFallback?: boolean;
  /** Allow any origin to fetch (remotes are loaded from the shell's origin). */
  cors?: boolean;
  generated?: Readonly<Record<string, Generated>>;
  /** The Content-Security-Policy of every response (read per request: the shell's follows amplify_outputs.json). */
  contentSecurityPolicy: () => string;
  /** The site bucket's folder of prerendered pages (shell/prerender/), answered before the build's files. */
  site?: string;
  /** A released remote: `/<version>/…` is read from its bucket (backend/releases), the way CloudFront would. */
  versioned?: (key: string) => Promise<Buffer | undefined>;
  /** POST bodies of `/health-beacon` (the shell's: remote load and render failures). */
  beacon?: (body: string) => void;
}

export interface AppServer {
  readonly name: AppName;
  readonly port: number;
  readonly url: string;
  close(): Promise<void>;
}

const gzipCache = new Map<string, Buffer>();

function gzipped(key: string, body: () => Buffer): Buffer {
  let zipped = gzipCache.get(key);
  if (!zipped) {
    zipped = gzipSync(body(), { level: 9 });
    gzipCache.set(key, zipped);
  }
  return zipped;
}

/** The file under root for a URL path, or undefined if the path leaves root or names no file. */
function fileFor(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const path = normalize(join(root, decoded));
  if (path !== root && !path.startsWith(root + sep)) return undefined;
  try {
    return statSync(path).isFile() ? path : undefined;
  } catch {
    return undefined;
  }
}

function send(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: Buffer | string,
): void {
  res.writeHead(status, { ...headers, 'content-length': String(Buffer.byteLength(body)) });
  res.end(req.method === 'HEAD' ? undefined : body);
}

function handler(options: AppServerOptions) {
  const root = resolve(options.root);
  const cors: Record<string, string> = { 'x-content-type-options': 'nosniff' };
  if (options.cors)
    Object.assign(cors, { 'access-control-allow-origin': '*', 'access-control-allow-methods': 'GET, HEAD, OPTIONS' });

  return (req: IncomingMessage, res: ServerResponse): void => {
    const common = { ...cors, ...securityHeaders(options.contentSecurityPolicy()) };
    if (req.method === 'OPTIONS') return send(req, res, 204, { ...common, 'access-control-max-age': '86400' }, '');
    if (req.method === 'POST' && options.beacon && req.url === BEACON_PATH)
      return receiveBeacon(req, res, options.beacon);
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(req, res, 405, { ...common, allow: 'GET, HEAD, OPTIONS' }, '');
    const urlPath = new URL(req.url ?? '/', 'http://localhost').pathname;

    const generate = options.generated?.[urlPath];
    if (generate) {
      const made = Promise.resolve(generate()).then((text) => Buffer.from(text));
      return void made.then(
        (body) => respond(req, res, urlPath, { body, etag: etagOf(body) }, common),
        () => send(req, res, 503, { ...common, 'cache-control': 'no-store' }, 'Unavailable\n'),
      );
    }
    if (options.versioned && VERSION_PATH.test(urlPath)) return serveVersioned(req, res, urlPath, options, common);

    const prerendered = options.site ? sitePage(options.site, urlPath) : undefined;
    if (prerendered?.status === 404) return sendNotFoundPage(req, res, prerendered.file, common);
    let file = prerendered?.file ?? fileFor(root, urlPath === '/' ? '/index.html' : urlPath);
    // Client-side routes of the shell: a page URL (no file extension) that is no file gets the app's page.
    if (!file && options.spaFallback && extname(urlPath) === '') file = fileFor(root, '/index.html');
    if (!file) {
      const note =
        urlPath === '/' ? `This is the ${options.name} remote: the store is served by the shell.\n` : 'Not found\n';
      return send(
        req,
        res,
        404,
        { ...common, 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-cache' },
        note,
      );
    }
    const stat = statSync(file);
    respond(
      req,
      res,
      (prerendered ? `/${relative(resolve(options.site!), file)}` : file.slice(root.length)).replaceAll(sep, '/'),
      { file, size: stat.size, etag: `W/"${stat.size.toString(36)}-${Math.floor(stat.mtimeMs).toString(36)}"` },
      common,
    );
  };
}

/** Pages under these paths that were not prerendered are unknown books or genres: 404, in the store's frame. */
const PRERENDERED_ONLY = /^\/books\/./;

/**
 * A prerendered page for a URL, as CloudFront answers from the site bucket: `/books/<id>` is the object
 * `books/<id>/index.html`; sitemap.xml and robots.txt are at the top. undefined: not the site's, serve the build.
 */
export function sitePage(site: string, urlPath: string): { file: string; status: 200 | 404 } | undefined {
  const root = resolve(site);
  if (urlPath === '/sitemap.xml' || urlPath === '/robots.txt') {
    const file = fileFor(root, urlPath);
    return file ? { file, status: 200 } : undefined;
  }
  if (extname(urlPath) !== '') return undefined;
  const file = fileFor(root, `${urlPath.replace(/\/+$/, '')}/index.html`);
  if (file) return { file, status: 200 };
  const notFound = fileFor(root, '/404.html');
  return notFound && PRERENDERED_ONLY.test(urlPath) ? { file: notFound, status: 404 } : undefined;
}

function sendNotFoundPage(req: IncomingMessage, res: ServerResponse, file: string, common: Record<string, string>) {
  const headers = { ...common, 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' };
  send(req, res, 404, headers, readFileSync(file));
}

const etagOf = (body: Buffer): string => `"${createHash('sha1').update(body).digest('base64url')}"`;

/** Where the shell's error reports go (config/web/remote-health.ts sends them). */
export const BEACON_PATH = '/health-beacon';

function receiveBeacon(req: IncomingMessage, res: ServerResponse, beacon: (body: string) => void): void {
  // A report is a few dozen bytes: anything longer is not one of ours.
  void readBody(req, { maxBytes: 4096, deadlineMs: 10_000 }).then(
    (body) => {
      if (typeof body === 'string') return void req.destroy();
      beacon(body.toString('utf8'));
      res.writeHead(204, { 'cache-control': 'no-store' });
      res.end();
    },
    () => req.destroy(),
  );
}

function serveVersioned(
  req: IncomingMessage,
  res: ServerResponse,
  urlPath: string,
  options: AppServerOptions,
  common: Record<string, string>,
): void {
  options.versioned!(urlPath.slice(1)).then(
    (body) =>
      body
        ? respond(req, res, urlPath, { body, etag: etagOf(body) }, common)
        : send(req, res, 404, { ...common, 'content-type': 'text/plain; charset=utf-8' }, 'Not found\n'),
    () => send(req, res, 502, { ...common, 'cache-control': 'no-store' }, 'Bad gateway\n'),
  );
}

type Body = { body: Buffer; etag: string } | { file: string; size: number; etag: string };

function respond(
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  content: Body,
  common: Record<string, string>,
): void {
  const headers: Record<string, string> = {
    ...common,
    'content-type': contentTypeFor(path),
    'cache-control': cacheControlFor(path),
    etag: content.etag,
    vary: 'Accept-Encoding',
  };
  if (req.headers['if-none-match'] === content.etag) {
    res.writeHead(304, headers);
    res.end();
    return;
  }
  const read = () => ('body' in content ? content.body : readFileSync(content.file));
  const size = 'body' in content ? content.body.length : content.size;
  if (isCompressible(path) && size > 1024 && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    const zipped = 'body' in content ? gzipSync(content.body) : gzipped(`${content.file}:${content.etag}`, read);
    return send(req, res, 200, { ...headers, 'content-encoding': 'gzip' }, zipped);
  }
  if ('body' in content) return send(req, res, 200, headers, content.body);
  res.writeHead(200, { ...headers, 'content-length': String(size) });
  if (req.method === 'HEAD') res.end();
  else createReadStream(content.file).pipe(res);
}

export function serveApp(options: AppServerOptions): Promise<AppServer> {
  const server: Server = createServer(handler(options));
  // Connections kept alive by browsers would hold close() open; track them to end them on stop.
  const sockets = new Set<import('node:net').Socket>();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port, listenHost(), () => {
      server.off('error', reject);
      // Port 0 (tests) picks a free port: report the real one.
      const port = (server.address() as import('node:net').AddressInfo).port;
      resolvePromise({
        name: options.name,
        port,
        url: `http://localhost:${port}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            for (const socket of sockets) socket.destroy();
          }),
      });
    });
  });
}

export interface StaticAppsOptions {
  ports: Readonly<Record<PortName, number>>;
  /** The shell's /amplify_outputs.json (read on every request, so a rewritten file is served as is). */
  outputs: () => unknown;
  /** Where the apps' folders are (default: the repository). */
  repoRoot?: string;
  /** The folder of prerendered pages the shell serves first (backend/local/site.ts). */
  site?: string;
  /** Released remotes (`npm start`): /remotes.json is their discovery document, their versions come from S3. */
  releases?: ServedReleases;
}

/** What the static server needs of the released remotes (backend/releases/served-releases.ts). */
export interface ServedReleases {
  discovery(): Promise<string>;
  object(remote: string, key: string): Promise<Buffer | undefined>;
  beacon(body: string): void;
}

export interface StaticApps {
  readonly urls: Readonly<Record<AppName, string>>;
  /** Stops one app's server (an outage, in the e2e tests); startApp brings it back on the same port. */
  stopApp(name: AppName): Promise<void>;
  startApp(name: AppName): Promise<void>;
  stop(): Promise<void>;
}

/** The build folder of an app, checked to hold a build. */
export function distOf(name: AppName, repoRoot = REPO_ROOT): string {
  const dist = join(repoRoot, name, 'dist');
  const marker = name === 'shell' ? 'index.html' : 'mf-manifest.json';
  if (!existsSync(join(dist, marker)))
    throw new Error(`${name} has no production build in ${dist}: run \`npx lerna run build\` first.`);
  return dist;
}

export function appServerOptions(
  name: AppName,
  { ports, outputs, repoRoot = REPO_ROOT, site, releases }: StaticAppsOptions,
): AppServerOptions {
  const port = ports[APPS.find((a) => a.name === name)!.port];
  const root = distOf(name, repoRoot);
  if (name !== 'shell') {
    const versioned = releases && ((key: string) => releases.object(name, key));
    return { name, root, port, cors: true, contentSecurityPolicy: () => REMOTE_CONTENT_SECURITY_POLICY, versioned };
  }
  // The inline start-up script's hash comes from the build being served, read once: a rebuild restarts the server.
  const shellHtml = readFileSync(join(root, 'index.html'), 'utf8');
  const remoteOrigins = Object.values(remotesJson(ports)).map((manifest) => new URL(manifest).origin);
  // Released remotes: a developer may load one from a dev server on this machine (`?override=`, shell/src/frame).
  if (releases) remoteOrigins.push('http://localhost:*', 'ws://localhost:*');
  return {
    name,
    root,
    port,
    spaFallback: true,
    site,
    contentSecurityPolicy: () => shellPolicy(shellHtml, remoteOrigins, outputs() as OutputsForCsp),
    generated: {
      '/amplify_outputs.json': () => `${JSON.stringify(outputs(), null, 2)}\n`,
      '/remotes.json': releases ? () => releases.discovery() : () => `${JSON.stringify(remotesJson(ports), null, 2)}\n`,
    },
    beacon: releases && ((body) => releases.beacon(body)),
  };
}

/** Serves all four apps; resolves once every one listens. */
export async function serveApps(options: StaticAppsOptions): Promise<StaticApps> {
  const servers = new Map<AppName, AppServer>();
  const start = async (name: AppName) => {
    if (!servers.has(name)) servers.set(name, await serveApp(appServerOptions(name, options)));
  };
  try {
    for (const app of APPS) await start(app.name);
  } catch (error) {
    await Promise.all([...servers.values()].map((s) => s.close()));
    throw error;
  }
  const urls = Object.fromEntries(APPS.map((a) => [a.name, `http://localhost:${options.ports[a.port]}`])) as Record<
    AppName,
    string
  >;
  return {
    urls,
    startApp: start,
    async stopApp(name) {
      await servers.get(name)?.close();
      servers.delete(name);
    },
    async stop() {
      await Promise.all([...servers.values()].map((s) => s.close()));
      servers.clear();
    },
  };
}
