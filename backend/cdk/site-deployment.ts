/**
 * Uploads a build to its bucket as two BucketDeployments, so each file gets the right Cache-Control:
 * first the content-hashed files (immutable, a year), then the rest (no-cache). Neither prunes: chunks of
 * the previous build stay, so a page that loaded the old manifest still finds its chunks, and rolling back
 * is a redeploy of the old build.
 */
import { BOOTSTRAP_QUALIFIER_CONTEXT, DefaultStackSynthesizer, Stack } from 'aws-cdk-lib';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as deploy from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { IMMUTABLE_CACHE_CONTROL, NO_CACHE_CONTROL, noCacheKeys } from './dist';
import { acknowledge, acknowledgeWildcardResources } from './nag';

export interface SiteDeploymentProps {
  readonly bucket: s3.IBucket;
  /** The app's build folder. */
  readonly dist: string;
  /**
   * Generated files added to the no-cache set (remotes.json, amplify_outputs.json); they win over same-named build
   * files.
   */
  readonly extraFiles?: readonly deploy.ISource[];
  /** Their keys, so the filters include them. */
  readonly extraKeys?: readonly string[];
}

export class SiteDeployment extends Construct {
  readonly immutable: deploy.BucketDeployment;
  readonly revalidated: deploy.BucketDeployment;
  readonly noCacheKeys: readonly string[];

  constructor(scope: Construct, id: string, props: SiteDeploymentProps) {
    super(scope, id);
    if ((props.extraFiles?.length ?? 0) !== (props.extraKeys?.length ?? 0)) {
      throw new Error('SiteDeployment: give one key per extra file');
    }
    this.noCacheKeys = [...new Set([...noCacheKeys(props.dist), ...(props.extraKeys ?? [])])].sort();
    const build = deploy.Source.asset(props.dist);
    const common = { destinationBucket: props.bucket, prune: false, memoryLimit: 512, retainOnDelete: true };

    this.immutable = new deploy.BucketDeployment(this, 'Immutable', {
      ...common,
      sources: [build],
      exclude: [...this.noCacheKeys],
      cacheControl: [deploy.CacheControl.fromString(IMMUTABLE_CACHE_CONTROL)],
    });

    this.revalidated = new deploy.BucketDeployment(this, 'NoCache', {
      ...common,
      sources: [build, ...(props.extraFiles ?? [])],
      exclude: ['*'],
      include: [...this.noCacheKeys],
      cacheControl: [deploy.CacheControl.fromString(NO_CACHE_CONTROL)],
    });
    // Manifests and index.html name the new chunks: they go up only after the chunks are there.
    this.revalidated.node.addDependency(this.immutable);

    acknowledgeDeploymentHandler(Stack.of(this), props.bucket);
  }
}

/**
 * BucketDeployment runs on a CDK-provided singleton Lambda (one per stack and memory size) with a role CDK
 * writes: it reads the CDK asset bucket and writes the site bucket, with CDK's own s3 action groups.
 * Those findings are acknowledged on that handler only, naming the two buckets it may touch.
 */
export function acknowledgeDeploymentHandler(stack: Stack, bucket: s3.IBucket): void {
  const handler = stack.node.children.find((c) => c.node.id.startsWith('Custom::CDKBucketDeployment'));
  if (!handler) throw new Error('BucketDeployment handler not found: did the CDK version change its id?');
  acknowledge(
    handler,
    "CDK's BucketDeployment handler writes its own logs with AWSLambdaBasicExecutionRole; the role is CDK's, not this app's to shape.",
    'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
  );
  acknowledge(
    handler,
    'CDK grants the BucketDeployment handler its read (asset bucket) and read-write (site bucket) action groups ' +
      '(s3:GetObject*, s3:GetBucket*, s3:List*, s3:DeleteObject*, s3:Abort*) on those two buckets only; prune is off, so it never deletes.',
    ...['s3:Abort*', 's3:DeleteObject*', 's3:GetBucket*', 's3:GetObject*', 's3:List*'].map(
      (a) => `AwsSolutions-IAM5[Action::${a}]`,
    ),
  );
  acknowledge(
    handler,
    "CDK picks the BucketDeployment handler's runtime (it must match CDK's bundled aws-cli layer); it moves with aws-cdk-lib upgrades.",
    'AwsSolutions-L1',
  );
  // The asset bucket's name as the default synthesizer builds it (cdk bootstrap's qualifier, hnb659fds unless set).
  const qualifier: string =
    stack.node.tryGetContext(BOOTSTRAP_QUALIFIER_CONTEXT) ?? DefaultStackSynthesizer.DEFAULT_QUALIFIER;
  acknowledgeWildcardResources(
    handler,
    [
      `${bucket.bucketArn}/*`,
      `arn:\${AWS::Partition}:s3:::cdk-${qualifier}-assets-\${AWS::AccountId}-\${AWS::Region}/*`,
    ],
    "The handler copies the build's files from the CDK asset bucket into this site's bucket: objects of those two buckets only.",
  );
}
