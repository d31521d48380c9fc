/** The local stack's side of releases: its S3 (s3rver) and where each remote is served (its own port). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REMOTES, type PortName } from '@folio/config';
import { S3_CREDENTIALS, urls, type LocalConfig } from '../local/config';
import { releaseClient } from './bucket';
import { readState } from './bucket';
import { publish, REPO_ROOT } from './publish';
import type { S3Client } from '@aws-sdk/client-s3';

export const localReleaseClient = (c: LocalConfig): S3Client =>
  releaseClient({ endpoint: urls(c).s3, region: c.region, credentials: S3_CREDENTIALS });

/** Remote name → the origin its versions are served from. */
export function remoteOrigins(ports: Readonly<Record<PortName, number>>): Record<string, string> {
  return Object.fromEntries(REMOTES.map((r) => [r.name, `http://localhost:${ports[r.port]}`]));
}

/**
 * `npm start` publishes each remote's fresh build as its first version when the bucket has none (a fresh clone,
 * or state not persisted), checked against the shell built beside it.
 */
export async function publishInitialVersions(
  s3: S3Client,
  log: (line: string) => void,
  repoRoot = REPO_ROOT,
): Promise<void> {
  const shellManifest = JSON.parse(readFileSync(join(repoRoot, 'shell', 'dist', 'mf-manifest.json'), 'utf8'));
  for (const { name } of REMOTES) {
    if ((await readState(s3, name)).live) continue;
    const state = await publish(s3, { remote: name, shellManifest, checkTypes: false, repoRoot, log });
    log(`${name} ${state.live} published and live`);
  }
}
