/** A private bucket that receives access logs (S3 server access logs, CloudFront standard logs). */
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { acknowledge } from './nag';

export interface LogBucketProps {
  /** CloudFront's standard logging writes with ACLs, so a bucket it logs into must allow object-writer ACLs. */
  readonly forCloudFront?: boolean;
  readonly retention?: Duration;
}

export function logBucket(scope: Construct, id: string, props: LogBucketProps = {}): s3.Bucket {
  const retention = props.retention ?? Duration.days(90);
  if (retention.toDays() < 1) throw new Error(`${id}: log retention must be at least a day`);
  const bucket = new s3.Bucket(scope, id, {
    blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
    encryption: s3.BucketEncryption.S3_MANAGED,
    enforceSSL: true,
    objectOwnership: props.forCloudFront ? s3.ObjectOwnership.OBJECT_WRITER : s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
    lifecycleRules: [{ expiration: retention }],
    // Logs are evidence: keep them past a stack deletion; the lifecycle rule still empties the bucket.
    removalPolicy: RemovalPolicy.RETAIN,
  });
  acknowledge(
    bucket,
    'This is the access-log bucket itself; logging it into itself would log its own log writes without end.',
    'AwsSolutions-S1',
  );
  return bucket;
}
