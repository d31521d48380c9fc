/**
 * A remote's bucket in the local S3 (s3rver), one per remote as on AWS: each version's files under `<version>/`,
 * and `releases.json`, the remote's release state (release-state.ts). Every release command and the static
 * server go through here, signed with the stack's credentials (the buckets are private, like on AWS, where only
 * the remote's CloudFront distribution reads them).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { GetObjectCommand, NoSuchKey, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { NO_CACHE_CONTROL } from '../cdk/dist';
import { contentTypeFor } from '../local/static-headers';
import { emptyState, type ReleaseState } from './release-state';

export const remoteBucket = (remote: string): string => `folio-${remote}-releases`;

const STATE_KEY = 'releases.json';

export interface BucketOptions {
  endpoint: string;
  region: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
}

export function releaseClient(o: BucketOptions): S3Client {
  return new S3Client({ endpoint: o.endpoint, region: o.region, forcePathStyle: true, credentials: o.credentials });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Uploads a build under `<version>/`. Never overwrites: a version's files are immutable once published. */
export async function uploadVersion(s3: S3Client, remote: string, version: string, dist: string): Promise<number> {
  const files = filesUnder(dist);
  for (const file of files) {
    const key = `${version}/${relative(dist, file).split(sep).join('/')}`;
    await s3.send(
      new PutObjectCommand({
        Bucket: remoteBucket(remote),
        Key: key,
        Body: readFileSync(file),
        ContentType: contentTypeFor(key),
      }),
    );
  }
  return files.length;
}

/**
 * An object's bytes, or undefined if there is none. `bucket`: the remote's bucket on AWS (its stack names it,
 * aws.ts); locally the fixed name.
 */
export async function readObject(
  s3: S3Client,
  remote: string,
  key: string,
  bucket = remoteBucket(remote),
): Promise<Buffer | undefined> {
  try {
    const got = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    return Buffer.from(await got.Body!.transformToByteArray());
  } catch (error) {
    if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey') return undefined;
    throw error;
  }
}

export async function readState(s3: S3Client, remote: string, bucket = remoteBucket(remote)): Promise<ReleaseState> {
  const body = await readObject(s3, remote, STATE_KEY, bucket);
  return body ? (JSON.parse(body.toString('utf8')) as ReleaseState) : emptyState(remote);
}

export async function writeState(
  s3: S3Client,
  state: ReleaseState,
  bucket = remoteBucket(state.remote),
): Promise<void> {
  await s3.send(
    new PutObjectCommand({
      Bucket: bucket,
      Key: STATE_KEY,
      Body: `${JSON.stringify(state, null, 2)}\n`,
      ContentType: 'application/json',
      // On AWS the remote's CloudFront serves its bucket: the record changes at every release, never cache it.
      CacheControl: NO_CACHE_CONTROL,
    }),
  );
}
