/**
 * The static apps' response headers: by file, what each is cached as, its type, whether it is gzipped; for every
 * response, the security headers.
 */
import { basename, extname } from 'node:path';
import {
  REFERRER_POLICY,
  REMOTE_CONTENT_SECURITY_POLICY,
  shellContentSecurityPolicy,
  sourcesFromOutputs,
  type OutputsForCsp,
} from '../content-security-policy';

/** Files whose name stays the same across deploys: always revalidated, so a new deploy is seen at once. */
const ENTRY_POINTS = new Set([
  'index.html',
  'mf-manifest.json',
  'mf-stats.json',
  'remoteEntry.js',
  'remotes.json',
  'amplify_outputs.json',
]);

/** `[name].[contenthash:8].js` (config/webpack.js chunkFilename): the name changes whenever the content does. */
const CONTENT_HASHED = /\.[0-9a-f]{8,}\.(?:m?js|css)$/;

/** `/v3/remoteEntry.js`: a file of a published remote version. */
export const VERSION_PATH = /^\/v\d+\//;

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

export function cacheControlFor(path: string): string {
  const name = basename(path);
  // A released remote's version folder (backend/releases) never changes once published: even its entries.
  if (VERSION_PATH.test(path)) return IMMUTABLE;
  if (ENTRY_POINTS.has(name)) return REVALIDATE;
  if (CONTENT_HASHED.test(name)) return IMMUTABLE;
  // Anything else has a stable name too (an entry such as main.js): revalidate rather than serve it stale.
  return REVALIDATE;
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export function contentTypeFor(path: string): string {
  return TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}

const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.map', '.txt', '.svg']);

export const isCompressible = (path: string): boolean => COMPRESSIBLE.has(extname(path).toLowerCase());

/**
 * The security headers of every response, as CloudFront's response-headers policies add them on AWS
 * (cdk/static-site.ts): the CSP (content-security-policy.ts), no framing, and a referrer that leaves the store's
 * paths behind when a link goes elsewhere.
 */
export function securityHeaders(contentSecurityPolicy: string): Record<string, string> {
  return {
    'content-security-policy': contentSecurityPolicy,
    'referrer-policy': REFERRER_POLICY,
    'x-frame-options': 'DENY',
  };
}

/** The shell's CSP from its built index.html (inline scripts by hash), the remotes' origins and the outputs. */
export function shellPolicy(shellHtml: string, remoteOrigins: readonly string[], outputs: OutputsForCsp): string {
  return shellContentSecurityPolicy({ shellHtml, remoteOrigins, ...sourcesFromOutputs(outputs) });
}

export { REMOTE_CONTENT_SECURITY_POLICY };
