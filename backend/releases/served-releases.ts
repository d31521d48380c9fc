/**
 * The released remotes as the local stack serves them: /remotes.json made from each remote's releases.json, a
 * version's files read from its bucket (the way CloudFront reads its S3 origin), and failure beacons counted per
 * version (health.ts), with a failing canary rolled back.
 */
import type { S3Client } from '@aws-sdk/client-s3';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { REMOTES } from '@folio/config';
import type { ServedReleases } from '../local/static-apps';
import { readObject, readState, remoteBucket, writeState } from './bucket';
import { discoveryDocument } from './discovery';
import { canaryFailing, countFailure, parseReport, type FailureCounts } from './health';
import { rollback } from './release-state';

export const HEALTH_KEY = 'health.json';

export async function readHealth(s3: S3Client, remote: string): Promise<FailureCounts> {
  const body = await readObject(s3, remote, HEALTH_KEY);
  return body ? (JSON.parse(body.toString('utf8')) as FailureCounts) : {};
}

export function servedReleases(
  s3: S3Client,
  origins: Readonly<Record<string, string>>,
  log: (line: string) => void = () => undefined,
): ServedReleases {
  // One report at a time: each read-modify-write of health.json and releases.json sees the last one's result.
  let queue = Promise.resolve();
  const record = async (remote: string, version: string) => {
    const counts = countFailure(await readHealth(s3, remote), version);
    await s3.send(
      new PutObjectCommand({ Bucket: remoteBucket(remote), Key: HEALTH_KEY, Body: JSON.stringify(counts) }),
    );
    const state = await readState(s3, remote);
    if (state.canary?.version === version && canaryFailing(counts, version)) {
      await writeState(s3, rollback(state, `automatic rollback (${counts[version]} failures)`));
      log(`${remote} canary ${version} rolled back: ${counts[version]} failures`);
    }
  };
  return {
    async discovery() {
      const states = await Promise.all(REMOTES.map((r) => readState(s3, r.name)));
      const document = discoveryDocument(states.map((state) => ({ state, origin: origins[state.remote] })));
      return `${JSON.stringify(document, null, 2)}\n`;
    },
    object: (remote, key) => readObject(s3, remote, key),
    beacon(body) {
      const report = parseReport(body);
      if (!report) return;
      queue = queue.then(() => record(report.remote, report.version)).catch((e) => log(`health: ${String(e)}`));
    },
  };
}
