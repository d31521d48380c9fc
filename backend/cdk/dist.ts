/**
 * An app's build folder and how its files are cached. Content-hashed files never change, so browsers and
 * CloudFront may keep them for a year; everything else (index.html, mf-manifest.json, remoteEntry.js, an
 * unhashed main.js, remotes.json, amplify_outputs.json) must be revalidated, or a deploy would not be seen.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Used when an app has not been built (a fresh clone): synth still works, and says so. */
export const PLACEHOLDER_DIST = join(__dirname, 'placeholder-dist');

/** Never cached, whether or not the build has them. */
export const ALWAYS_NO_CACHE = [
  'index.html',
  'remotes.json',
  'amplify_outputs.json',
  'mf-manifest.json',
  'remoteEntry.js',
] as const;

export const IMMUTABLE_CACHE_CONTROL = 'public, max-age=31536000, immutable';
export const NO_CACHE_CONTROL = 'no-cache';

/** webpack's [contenthash] (8–32 hex characters with a digit) as its own dot- or dash-separated name part. */
const HASH_PART = /(^|[.\-_~])(?=[0-9a-f]*\d)[0-9a-f]{8,32}(?=[.\-_~])/i;

export const isContentHashed = (file: string): boolean => HASH_PART.test(file.split('/').pop() ?? '');

export interface ResolvedDist {
  readonly dir: string;
  readonly placeholder: boolean;
}

export interface ResolveDistOptions {
  readonly app: string;
  readonly dir: string;
  readonly log?: (line: string) => void;
}

/** The build folder, or the placeholder (said aloud) when the app has not been built. */
export function resolveDist({ app, dir, log = (l) => console.error(l) }: ResolveDistOptions): ResolvedDist {
  if (existsSync(dir) && statSync(dir).isDirectory() && readdirSync(dir).length > 0) return { dir, placeholder: false };
  log(
    `[folio] ${app}: using the placeholder build (${relative(process.cwd(), PLACEHOLDER_DIST) || PLACEHOLDER_DIST}); ${missingBuild(app, dir)}.`,
  );
  return { dir: PLACEHOLDER_DIST, placeholder: true };
}

export const missingBuild = (app: string, dir: string) =>
  `${dir} does not exist or is empty: build it with \`npm run build -w ${app}\``;

/** Every file under dir, as a '/'-separated path relative to it (the S3 key). */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else out.push(relative(dir, full).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** Keys to serve with no-cache: the fixed names plus every file of this build without a content hash. */
export function noCacheKeys(dir: string): string[] {
  const unhashed = listFiles(dir).filter((f) => !isContentHashed(f));
  return [...new Set<string>([...ALWAYS_NO_CACHE, ...unhashed])].sort();
}
