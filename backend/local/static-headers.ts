/** The static apps' response headers, by file: what each is cached as, its type, whether it is gzipped. */
import { basename, extname } from 'node:path';

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

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

export function cacheControlFor(path: string): string {
  const name = basename(path);
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
