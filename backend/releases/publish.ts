/**
 * Publishing a remote's build as a new immutable version: the gates first (shared modules against the live
 * shell, GraphQL documents against the schema, exposed types against their consumers), then the upload under
 * `<version>/`, then releases.json, which is what /remotes.json is made from. The shell is never rebuilt.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { S3Client } from '@aws-sdk/client-s3';
import { folioSchema } from '@folio/contract/schema';
import { readState, uploadVersion, writeState } from './bucket';
import { documentErrors, documentModulesOf } from './graphql-gate';
import { nextVersion, release, ReleaseError, type ReleaseState } from './release-state';
import { consumedBy, providedBy, sharedMismatches } from './shared-gate';
import { typeErrors } from './types-gate';

export const REPO_ROOT = join(__dirname, '..', '..');

export interface PublishOptions {
  remote: string;
  /** The live shell's mf-manifest.json (what it provides to the remotes). */
  shellManifest: { shared?: { name: string; version?: string }[] };
  /** Percent of visitors for a canary; undefined: live for everyone. */
  canary?: number;
  /** Skip the type gate: the first publication at `npm start` ships the same commit as the shell. */
  checkTypes?: boolean;
  repoRoot?: string;
  /** The build to publish (default: `<remote>/dist`). */
  dist?: string;
  /** The remote's bucket, when not the local stack's (aws.ts: from its stack's outputs). */
  bucket?: string;
  /**
   * Puts the build under `<version>/` and says how many files went up; default: the SDK's uploads (local S3). On
   * AWS the remote's stack does it (`cdk deploy` with the version, aws.ts).
   */
  upload?: (version: string, dist: string) => Promise<number>;
  log?: (line: string) => void;
}

/** The commit the work tree is at, `+dirty` if it has uncommitted changes ('unknown' outside git). */
export function currentCommit(repoRoot = REPO_ROOT): string {
  try {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8' }).trim();
    return `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain') ? '+dirty' : ''}`;
  } catch {
    return 'unknown';
  }
}

const distOf = (o: PublishOptions): string => o.dist ?? join(o.repoRoot ?? REPO_ROOT, o.remote, 'dist');

/** Every reason the build in `<remote>/dist` may not go live; empty if it may. */
export function gateFailures(o: PublishOptions): string[] {
  const appDir = join(o.repoRoot ?? REPO_ROOT, o.remote);
  const failures = sharedMismatches(consumedBy(distOf(o), appDir), providedBy(o.shellManifest));
  failures.push(...documentErrors(documentModulesOf(appDir), folioSchema()));
  if (failures.length === 0 && o.checkTypes !== false) failures.push(...typeErrors(o.remote, o.repoRoot));
  return failures;
}

export async function publish(s3: S3Client, o: PublishOptions): Promise<ReleaseState> {
  const log = o.log ?? (() => undefined);
  const failures = gateFailures(o);
  if (failures.length) throw new ReleaseError(`${o.remote} refused, nothing published:\n- ${failures.join('\n- ')}`);
  const before = await readState(s3, o.remote, o.bucket);
  const version = nextVersion(before);
  const upload = o.upload ?? ((v: string, dist: string) => uploadVersion(s3, o.remote, v, dist));
  const count = await upload(version, distOf(o));
  log(`${o.remote} ${version}: ${count} files uploaded`);
  const after = release(before, { version, at: new Date().toISOString(), commit: currentCommit(o.repoRoot) }, o.canary);
  await writeState(s3, after, o.bucket);
  return after;
}
