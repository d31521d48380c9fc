/**
 * One release of a remote: its whole build under `<version>/` in the remote's bucket, every file immutable (a
 * version path never changes, so browsers and CloudFront keep it a year). Never pruned and retained when the
 * version moves on: the next release's deploy replaces this resource's prefix, and CloudFormation then leaves the
 * old version's files where open tabs still load them. Which version visitors get is the release record's business
 * (backend/releases/), not this deploy's.
 */
import { Stack } from 'aws-cdk-lib';
import type * as s3 from 'aws-cdk-lib/aws-s3';
import * as deploy from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { VERSION_PATTERN } from './apps';
import { IMMUTABLE_CACHE_CONTROL } from './dist';
import { acknowledgeDeploymentHandler } from './site-deployment';

export interface ReleaseDeploymentProps {
  readonly bucket: s3.IBucket;
  /** The remote's build folder. */
  readonly dist: string;
  /** v1, v2, …: the key prefix, chosen by the release command from the remote's release record. */
  readonly version: string;
}

export class ReleaseDeployment extends Construct {
  readonly deployment: deploy.BucketDeployment;

  constructor(scope: Construct, id: string, props: ReleaseDeploymentProps) {
    super(scope, id);
    if (!VERSION_PATTERN.test(props.version))
      throw new Error(`ReleaseDeployment: "${props.version}" is not a version path like v3`);
    this.deployment = new deploy.BucketDeployment(this, 'Version', {
      destinationBucket: props.bucket,
      destinationKeyPrefix: `${props.version}/`,
      sources: [deploy.Source.asset(props.dist)],
      prune: false,
      retainOnDelete: true,
      memoryLimit: 512,
      cacheControl: [deploy.CacheControl.fromString(IMMUTABLE_CACHE_CONTROL)],
    });
    acknowledgeDeploymentHandler(Stack.of(this), props.bucket);
  }
}
