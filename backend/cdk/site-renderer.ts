/**
 * The renderer Lambda of the shell's prerendered pages (functions/render-pages/, the same shell/prerender/ code the
 * local stack runs), shipped with the apps' Node builds, in the shell's stack beside the bucket and distribution:
 *   - on the books table's stream (its ARN read from SSM at deploy time: no cross-stack reference) it renders a
 *     changed book's page, its genre's and home into site/ of the bucket and invalidates them;
 *   - a custom resource served by the same Lambda renders every page at deploy, again whenever a build, the
 *     outputs or remotes.json change.
 * It may write only site/ of this bucket, read only its amplify_outputs.json and remotes.json, and invalidate only
 * this distribution.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { CustomResource, Duration, FileSystem, Stack } from 'aws-cdk-lib';
import type * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import { Construct, type IDependable } from 'constructs';
import { BUILDS_DIR } from '../functions/render-pages/site-layout';
import { bundledFunction } from './functions';
import { acknowledgeWildcardResources } from './nag';
import { SITE_PREFIX } from './site-routing';

/** Where FolioBackend publishes its books table's stream ARN for the renderer. */
export const BOOKS_STREAM_PARAMETER = '/folio/backend/books-stream-arn';

export interface SiteRendererProps {
  readonly bucket: s3.IBucket;
  readonly distribution: cloudfront.IDistribution;
  /** https://<the store's domain>: canonical URLs, Open Graph, the sitemap. */
  readonly siteUrl: string;
  /** Each app's build folder by app name (the shell and the remotes): their Node builds ship with the Lambda. */
  readonly builds: Readonly<Record<string, string>>;
  /** What the pages read from the bucket (amplify_outputs.json, remotes.json): the full render waits for it. */
  readonly siteFiles: IDependable;
  /** Values that, when they change, render every page again at deploy (outputs, remotes.json). */
  readonly renderAgainOn: Readonly<Record<string, string>>;
}

const quote = (path: string) => JSON.stringify(path);

/** Shell commands copying what the renderer reads of each build into `<bundle>/builds/<app>/dist`. */
export function copyBuildsCommands(builds: Readonly<Record<string, string>>, outputDir: string): string[] {
  return Object.entries(builds).flatMap(([app, dist]) => {
    const target = quote(join(outputDir, BUILDS_DIR, app, 'dist'));
    const files = ['index.html', '*.css', 'mf-manifest.json'].map((f) => `${quote(dist)}/${f}`).join(' ');
    return [
      `mkdir -p ${target}`,
      `if [ -d ${quote(join(dist, 'node'))} ]; then cp -R ${quote(join(dist, 'node'))} ${target}/; fi`,
      `for f in ${files}; do if [ -f "$f" ]; then cp "$f" ${target}/; fi; done`,
    ];
  });
}

export class SiteRenderer extends Construct {
  readonly fn: nodejs.NodejsFunction;
  readonly firstRender: CustomResource;

  constructor(scope: Construct, id: string, props: SiteRendererProps) {
    super(scope, id);
    const stack = Stack.of(this);
    const { fn, role } = bundledFunction(this, 'RenderPages', {
      dir: 'render-pages',
      description: "Folio: renders the store's pages into the site bucket and invalidates them",
      // A full render of a large catalog runs at deploy; a stream batch takes seconds.
      timeout: Duration.minutes(10),
      memorySize: 2048,
      environment: {
        SITE_BUCKET: props.bucket.bucketName,
        DISTRIBUTION_ID: props.distribution.distributionId,
        SITE_URL: props.siteUrl,
      },
      commandHooks: {
        beforeBundling: () => [],
        beforeInstall: () => [],
        afterBundling: (_inputDir, outputDir) => copyBuildsCommands(props.builds, outputDir),
      },
    });
    this.fn = fn;

    const pages = props.bucket.arnForObjects(`${SITE_PREFIX}/*`);
    fn.addToRolePolicy(
      new iam.PolicyStatement({
        sid: 'WritePages',
        actions: ['s3:PutObject', 's3:DeleteObject'],
        resources: [pages],
      }),
    );
    fn.addToRolePolicy(
      new iam.PolicyStatement({
        sid: 'ReadSiteConfig',
        actions: ['s3:GetObject'],
        resources: ['amplify_outputs.json', 'remotes.json'].map((key) => props.bucket.arnForObjects(key)),
      }),
    );
    fn.addToRolePolicy(
      new iam.PolicyStatement({
        sid: 'InvalidatePages',
        actions: ['cloudfront:CreateInvalidation'],
        resources: [
          stack.formatArn({
            service: 'cloudfront',
            region: '',
            resource: 'distribution',
            resourceName: props.distribution.distributionId,
          }),
        ],
      }),
    );

    const streamArn = ssm.StringParameter.valueForStringParameter(this, BOOKS_STREAM_PARAMETER);
    fn.addToRolePolicy(
      new iam.PolicyStatement({
        sid: 'ReadBooksStream',
        actions: ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator'],
        resources: [streamArn],
      }),
    );
    fn.addToRolePolicy(
      new iam.PolicyStatement({ sid: 'ListStreams', actions: ['dynamodb:ListStreams'], resources: ['*'] }),
    );
    const mapping = fn.addEventSourceMapping('BooksStream', {
      eventSourceArn: streamArn,
      startingPosition: lambda.StartingPosition.LATEST,
      batchSize: 100,
      // A page that keeps failing stops holding up the others' changes: each page is rendered again on its next change.
      retryAttempts: 3,
      maxRecordAge: Duration.hours(1),
    });
    mapping.node.addDependency(role);

    acknowledgeWildcardResources(
      role,
      [pages],
      'Put/DeleteObject on site/* of the shell bucket only: one object per book page, named by book id at run time.',
    );
    acknowledgeWildcardResources(
      role,
      ['*'],
      'dynamodb:ListStreams, which reading a stream needs: the action has no resource-level permissions (IAM accepts ' +
        'only "*"); reading records is granted on the books stream alone.',
    );

    // CloudFormation invokes the Lambda with the deployer's rights: no resource policy, no extra provider Lambda.
    // What renders: the shell's whole build (its index.html and CSS are in every page), a remote's Node build.
    const fingerprint = (dir: string) => (existsSync(dir) ? FileSystem.fingerprint(dir) : 'missing');
    const renderingCode = Object.entries(props.builds).map(([app, dist]) => [
      app,
      fingerprint(app === 'shell' ? dist : join(dist, 'node')),
    ]);
    const builds = createHash('sha256').update(JSON.stringify(renderingCode)).digest('hex');
    this.firstRender = new CustomResource(this, 'RenderAll', {
      serviceToken: fn.functionArn,
      resourceType: 'Custom::FolioRenderPages',
      properties: { Builds: builds, ...props.renderAgainOn },
    });
    this.firstRender.node.addDependency(props.siteFiles, role);
  }
}
