/**
 * The renderer Lambda: the same prerenderer the local stack runs (shell/prerender/), on AWS.
 *   - On the books table's stream: re-renders the changed books' pages, their genres' pages and home into the
 *     site bucket, then invalidates those files in CloudFront. A failed page fails the batch (retried, bounded).
 *   - As the shell stack's custom resource (create/update, each deploy of new builds): renders every page.
 * The apps' Node builds ship beside this bundle (builds/<app>/dist, cdk/site-renderer.ts); the site's
 * amplify_outputs.json and remotes.json (the releases' discovery document) are read from the bucket, as the
 * browser reads them.
 */
import { join } from 'node:path';
import { CloudFrontClient, CreateInvalidationCommand } from '@aws-sdk/client-cloudfront';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { _Record } from '@aws-sdk/client-dynamodb-streams';
import { configureFolio, type FolioOutputs } from '@folio/config/web/amplify';
import { createPrerenderer, type Prerenderer } from '@folio/shell/prerender/prerender-site';
import { bookChangesOf } from './book-changes';
import { env } from '../shared/env';
import { bucketOutput, invalidationPaths } from './bucket-output';
import { defaultManifests } from './remote-manifests';
import { shareModulesWithBuilds } from './shared-modules';
import { BUILDS_DIR } from './site-layout';
import type { StreamEvent } from '../send-order-email/handler';

export interface CustomResourceEvent {
  RequestType: 'Create' | 'Update' | 'Delete';
  ResponseURL: string;
  StackId: string;
  RequestId: string;
  LogicalResourceId: string;
  PhysicalResourceId?: string;
}

export interface RendererClients {
  s3: Pick<S3Client, 'send'>;
  cloudfront: Pick<CloudFrontClient, 'send'>;
  /** The repository-shaped folder holding the builds. */
  buildsRoot: string;
  bucket: string;
  distributionId: string;
  siteUrl: string;
}

async function readJson<T>(clients: RendererClients, key: string): Promise<T> {
  const answer = await clients.s3.send(new GetObjectCommand({ Bucket: clients.bucket, Key: key }));
  return JSON.parse(await answer.Body!.transformToString()) as T;
}

/** remotes.json is written by the first release (docs/RELEASES.md): until then there is none. */
async function readRemotes(clients: RendererClients): Promise<Parameters<typeof defaultManifests>[0]> {
  try {
    return await readJson(clients, 'remotes.json');
  } catch (error) {
    if ((error as Error).name === 'NoSuchKey') return undefined;
    throw error;
  }
}

/** A prerenderer over the bucket, configured from the site's own amplify_outputs.json and remotes.json. */
export async function bucketPrerenderer(clients: RendererClients): Promise<Prerenderer> {
  shareModulesWithBuilds();
  const [outputs, remotes] = await Promise.all([
    readJson<FolioOutputs>(clients, 'amplify_outputs.json'),
    readRemotes(clients),
  ]);
  // The apps' reads go to the store's API as a guest, as in the browser.
  configureFolio(outputs);
  return createPrerenderer({
    repoRoot: clients.buildsRoot,
    site: { url: clients.siteUrl, imageBaseUrl: outputs.custom?.folio?.imageBaseUrl ?? '' },
    output: bucketOutput(clients.s3, clients.bucket),
    remotes: defaultManifests(remotes),
    log: console.error,
  });
}

export async function invalidate(clients: RendererClients, keys: readonly string[]): Promise<void> {
  const paths = invalidationPaths(keys);
  if (paths.length === 0) return;
  await clients.cloudfront.send(
    new CreateInvalidationCommand({
      DistributionId: clients.distributionId,
      InvalidationBatch: {
        CallerReference: `render-pages-${Date.now()}`,
        Paths: { Quantity: paths.length, Items: paths },
      },
    }),
  );
}

/** The stream's batch: renders the pages of every change, invalidates what was written, fails on a failed page. */
export async function renderStreamBatch(prerenderer: Prerenderer, clients: RendererClients, event: StreamEvent) {
  const report = await prerenderer.renderBookChanges(bookChangesOf(event.Records as _Record[]));
  await invalidate(clients, report.keys);
  console.log(`render-pages: ${report.paths.join(', ')} in ${Math.round(report.ms)} ms`);
  if (report.failed.length) {
    throw new Error(`${report.failed.length} pages failed: ${report.failed.map((f) => f.path).join(', ')}`);
  }
}

/** The full render at deploy: every page, and the whole site invalidated once. */
export async function renderEverything(prerenderer: Prerenderer, clients: RendererClients): Promise<string> {
  const report = await prerenderer.renderAll();
  await invalidate(clients, ['*']);
  const summary = `${report.pages} pages in ${(report.ms / 1000).toFixed(1)} s`;
  if (report.failed.length) {
    throw new Error(
      `${summary}; ${report.failed.length} failed, e.g. ${report.failed[0].path}: ${report.failed[0].error}`,
    );
  }
  return summary;
}

/** Tells CloudFormation how the custom resource went (a PUT to its presigned URL). */
async function respond(event: CustomResourceEvent, status: 'SUCCESS' | 'FAILED', reason: string): Promise<void> {
  const body = JSON.stringify({
    Status: status,
    Reason: reason.slice(0, 1000),
    PhysicalResourceId: event.PhysicalResourceId ?? 'folio-first-render',
    StackId: event.StackId,
    RequestId: event.RequestId,
    LogicalResourceId: event.LogicalResourceId,
  });
  await fetch(event.ResponseURL, { method: 'PUT', body, headers: { 'content-type': '' } });
}

let clients: RendererClients | undefined;
let prerenderer: Promise<Prerenderer> | undefined;

function lambdaClients(): RendererClients {
  return (clients ??= {
    s3: new S3Client({}),
    cloudfront: new CloudFrontClient({}),
    buildsRoot: join(__dirname, BUILDS_DIR),
    bucket: env('SITE_BUCKET'),
    distributionId: env('DISTRIBUTION_ID'),
    siteUrl: env('SITE_URL'),
  });
}

export async function handler(event: StreamEvent | CustomResourceEvent): Promise<void> {
  const clients = lambdaClients();
  if ('RequestType' in event) {
    if (event.RequestType === 'Delete') return respond(event, 'SUCCESS', 'The pages stay with the retained bucket');
    try {
      // A deploy brings new builds and outputs: a fresh prerenderer reads them.
      prerenderer = bucketPrerenderer(clients);
      return await respond(event, 'SUCCESS', await renderEverything(await prerenderer, clients));
    } catch (error) {
      return respond(event, 'FAILED', (error as Error).message);
    }
  }
  prerenderer ??= bucketPrerenderer(clients);
  await renderStreamBatch(await prerenderer, clients, event);
}
