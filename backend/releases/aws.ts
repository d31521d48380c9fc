/**
 * The release commands' AWS mode (`--aws`): the same publish, promote and rollback as on the local stack, with the
 * real S3 and the buckets and origins the stacks name in their outputs (`cdk deploy --outputs-file` under
 * backend/.folio/aws/). Two things differ from the local stack, where the static server does both on each request:
 * - a version goes up through its remote's stack (`cdk deploy Folio<Remote> -c <remote>Version=v<n>`), whose
 *   BucketDeployment puts it under `v<n>/`, immutable;
 * - /remotes.json is an object: after every change of a release record, the discovery document made from the
 *   three records is written into the shell's bucket (no-cache), which the shell's CloudFront serves as it is.
 * The shell's stack is never deployed and no stack reads another's outputs: the command reads them, at run time.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { REMOTES } from '@folio/config';
import { REMOTE_APPS, SHELL_APP, type FrontEndApp } from '../cdk/apps';
import { listFiles, NO_CACHE_CONTROL } from '../cdk/dist';
import { readState } from './bucket';
import { discoveryDocument } from './discovery';
import { REPO_ROOT } from './publish';
import { ReleaseError } from './release-state';

/** Where the deploy commands of docs/DEPLOY.md write the stacks' outputs (git ignores backend/.folio/). */
export const AWS_OUTPUTS_DIR = join(REPO_ROOT, 'backend', '.folio', 'aws');

export interface Site {
  /** The stack's BucketName output. */
  readonly bucket: string;
  /** Its Url output: https://<id>.cloudfront.net. */
  readonly url: string;
}

export interface AwsTargets {
  readonly shell: Site;
  /** By remote name. */
  readonly remotes: Readonly<Record<string, Site>>;
}

const appOf = (remote: string): FrontEndApp => {
  const app = REMOTE_APPS.find((a) => a.name === remote);
  if (!app) throw new ReleaseError(`unknown remote ${remote}`);
  return app;
};

/** Every stack's outputs found in the folder's JSON files (one file may hold several stacks; the newest wins). */
function stackOutputs(dir: string): Record<string, Record<string, string>> {
  if (!existsSync(dir)) return {};
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => join(dir, f));
  const merged: Record<string, Record<string, string>> = {};
  for (const file of files) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      continue;
    }
    for (const [stack, outputs] of Object.entries(parsed as Record<string, unknown>)) {
      if (outputs && typeof outputs === 'object' && 'BucketName' in outputs)
        merged[stack] = { ...merged[stack], ...(outputs as Record<string, string>) };
    }
  }
  return merged;
}

/** The shell's and every remote's bucket and origin, or which stack's outputs are missing and how to get them. */
export function readAwsTargets(dir = AWS_OUTPUTS_DIR): AwsTargets {
  const outputs = stackOutputs(dir);
  const site = (app: FrontEndApp): Site => {
    const o = outputs[app.stackName];
    if (!o?.BucketName || !o.Url)
      throw new ReleaseError(
        `no outputs of ${app.stackName} in ${dir}: deploy it with --outputs-file ${join(dir, `${app.stackName}-outputs.json`)} (docs/DEPLOY.md)`,
      );
    return { bucket: o.BucketName, url: o.Url };
  };
  return {
    shell: site(SHELL_APP),
    remotes: Object.fromEntries(REMOTE_APPS.map((a) => [a.name, site(a)])),
  };
}

/** The real S3, with the AWS CLI's credentials and region (AWS_REGION, AWS_PROFILE, …). */
export const awsReleaseClient = (): S3Client => new S3Client({});

/** The `cdk deploy` that publishes `<remote>/dist` (or another build) under `<version>/` in the remote's bucket. */
export function deployVersionArgs(remote: string, version: string, dist: string, dir = AWS_OUTPUTS_DIR): string[] {
  const app = appOf(remote);
  return [
    'cdk',
    'deploy',
    app.stackName,
    '--exclusively',
    '--require-approval',
    'never',
    '-c',
    'requireBuilds=true',
    '-c',
    `${app.contextStem}Version=${version}`,
    '-c',
    `${app.contextStem}Dist=${dist}`,
    '--outputs-file',
    join(dir, `${app.stackName}-outputs.json`),
  ];
}

/** publish()'s upload on AWS: the remote's stack deploys the version; nothing else is deployed. */
export function deployVersion(remote: string, log: (line: string) => void = () => undefined) {
  return async (version: string, dist: string): Promise<number> => {
    const args = deployVersionArgs(remote, version, dist);
    log(`npx ${args.join(' ')}`);
    execFileSync('npx', args, { cwd: join(REPO_ROOT, 'backend'), stdio: 'inherit' });
    return listFiles(dist).length;
  };
}

/**
 * Rewrites the shell's /remotes.json from the three release records, never cached (the shell reads it at every
 * page load; CloudFront's cache policy has minTtl 0, so it revalidates too). Returns the document written.
 */
export async function writeDiscovery(s3: S3Client, targets: AwsTargets): Promise<string> {
  const states = await Promise.all(REMOTES.map((r) => readState(s3, r.name, targets.remotes[r.name].bucket)));
  const document = discoveryDocument(states.map((state) => ({ state, origin: targets.remotes[state.remote].url })));
  const body = `${JSON.stringify(document, null, 2)}\n`;
  await s3.send(
    new PutObjectCommand({
      Bucket: targets.shell.bucket,
      Key: 'remotes.json',
      Body: body,
      ContentType: 'application/json',
      CacheControl: NO_CACHE_CONTROL,
    }),
  );
  return body;
}
