/**
 * The release commands' AWS mode: targets read from the stacks' outputs files, the `cdk deploy` that publishes a
 * version (its remote's stack alone), and the release record and /remotes.json written no-cache into buckets named
 * as CDK names them, against a real s3rver standing in for S3.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { deployVersionArgs, readAwsTargets, writeDiscovery, type AwsTargets } from './aws';
import { readObject, readState, writeState } from './bucket';
import { emptyState, release } from './release-state';
import { startTestS3 } from './test-s3';

const targets: AwsTargets = {
  shell: { bucket: 'folioshell-sitebucket-1a2b3c', url: 'https://dshell.cloudfront.net' },
  remotes: {
    catalog: { bucket: 'foliocatalog-sitebucket-4d5e6f', url: 'https://dcat.cloudfront.net' },
    'cart-checkout': { bucket: 'foliocartcheckout-sitebucket-7a8b9c', url: 'https://dcc.cloudfront.net' },
    account: { bucket: 'folioaccount-sitebucket-0d1e2f', url: 'https://dacc.cloudfront.net' },
  },
};

let stack: Awaited<ReturnType<typeof startTestS3>>;
let s3: typeof stack.s3;

beforeAll(async () => {
  stack = await startTestS3([targets.shell.bucket, ...Object.values(targets.remotes).map((r) => r.bucket)]);
  s3 = stack.s3;
});

afterAll(() => stack.stop());

const published = (version: string) => ({ version, at: '2026-12-08T04:00:00.000Z', commit: 'abc1234' });

test("GIVEN the outputs files docs/DEPLOY.md's deploys write THEN each app's bucket and origin are read from them", () => {
  const dir = mkdtempSync(join(tmpdir(), 'folio-aws-'));
  const site = (s: { bucket: string; url: string }) => ({ BucketName: s.bucket, Url: s.url, DistributionId: 'E1' });
  // One file for the three remotes (step 5), one for the shell; amplify_outputs.json sits in the same folder.
  writeFileSync(
    join(dir, 'remotes-outputs.json'),
    JSON.stringify({
      FolioCatalog: site(targets.remotes.catalog),
      FolioCartCheckout: site(targets.remotes['cart-checkout']),
      FolioAccount: site(targets.remotes.account),
    }),
  );
  writeFileSync(join(dir, 'shell-outputs.json'), JSON.stringify({ FolioShell: site(targets.shell) }));
  writeFileSync(join(dir, 'amplify_outputs.json'), JSON.stringify({ version: '1.3', custom: {} }));
  expect(readAwsTargets(dir)).toEqual(targets);
});

test('GIVEN no outputs of the shell WHEN the targets are read THEN the refusal names the stack and the deploy to run', () => {
  const dir = mkdtempSync(join(tmpdir(), 'folio-aws-'));
  expect(() => readAwsTargets(dir)).toThrow(/no outputs of FolioShell .*--outputs-file .*FolioShell-outputs\.json/);
});

test("WHEN a catalog version is published on AWS THEN the catalog's stack alone is deployed, with the version and the build", () => {
  const args = deployVersionArgs('catalog', 'v4', '/repo/catalog/dist', '/repo/backend/.folio/aws');
  expect(args.slice(0, 4)).toEqual(['cdk', 'deploy', 'FolioCatalog', '--exclusively']);
  expect(args.join(' ')).toContain(
    '-c requireBuilds=true -c catalogVersion=v4 -c catalogDist=/repo/catalog/dist --outputs-file /repo/backend/.folio/aws/FolioCatalog-outputs.json',
  );
  expect(args.join(' ')).not.toMatch(/FolioShell|FolioBackend/);
});

test("GIVEN a catalog canary in its record WHEN the discovery is written THEN the shell's bucket holds /remotes.json, no-cache, pointing at version paths", async () => {
  const catalog = targets.remotes.catalog.bucket;
  await writeState(s3, release(release(emptyState('catalog'), published('v1')), published('v2'), 20), catalog);
  await writeState(s3, release(emptyState('account'), published('v1')), targets.remotes.account.bucket);

  await writeDiscovery(s3, targets);

  const document = JSON.parse((await readObject(s3, 'shell', 'remotes.json', targets.shell.bucket))!.toString());
  expect(document.microFrontends).toEqual({
    catalog: [
      {
        url: 'https://dcat.cloudfront.net/v2/mf-manifest.json',
        metadata: { version: 'v2' },
        deployment: { traffic: 20, default: false },
      },
      {
        url: 'https://dcat.cloudfront.net/v1/mf-manifest.json',
        metadata: { version: 'v1' },
        deployment: { traffic: 80, default: true },
      },
    ],
    'cart-checkout': [],
    account: [
      {
        url: 'https://dacc.cloudfront.net/v1/mf-manifest.json',
        metadata: { version: 'v1' },
        deployment: { traffic: 100, default: true },
      },
    ],
  });
  const head = (Bucket: string, Key: string) => s3.send(new HeadObjectCommand({ Bucket, Key }));
  expect(await head(targets.shell.bucket, 'remotes.json')).toMatchObject({
    CacheControl: 'no-cache',
    ContentType: 'application/json',
  });
  // The release record is served by the remote's CloudFront too: never cached either.
  expect(await head(catalog, 'releases.json')).toMatchObject({ CacheControl: 'no-cache' });
  expect((await readState(s3, 'catalog', catalog)).canary).toEqual({ version: 'v2', weight: 20 });
});
