/**
 * The public image bucket of book covers. Anyone may read covers/* (the storefront's <img> tags); nothing else in it
 * is public. Admins upload with presigned PUTs from the browser, hence CORS for PUT.
 */
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { logBucket } from './log-bucket';
import { acknowledge } from './nag';

/** The one public prefix; createCoverUpload writes only under it. */
export const COVERS_PREFIX = 'covers/';

export interface ImageBucketProps {
  /** Origins allowed to PUT covers and read them with CORS (the shell's origin, or "*"). */
  readonly allowedOrigins: readonly string[];
}

export class ImageBucket extends Construct {
  readonly bucket: s3.Bucket;
  /** https base URL; a cover's URL is `${publicUrl}/covers/<file>`. */
  readonly publicUrl: string;

  constructor(scope: Construct, id: string, props: ImageBucketProps) {
    super(scope, id);
    if (props.allowedOrigins.length === 0) throw new Error('ImageBucket: allowedOrigins must name at least one origin');

    this.bucket = new s3.Bucket(this, 'Bucket', {
      // ACLs can never make anything public; only the bucket policy below does, for covers/* alone.
      blockPublicAccess: new s3.BlockPublicAccess({
        blockPublicAcls: true,
        ignorePublicAcls: true,
        blockPublicPolicy: false,
        restrictPublicBuckets: false,
      }),
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      encryption: s3.BucketEncryption.S3_MANAGED,
      // Also denies plain-http reads: cover URLs are https (publicUrl).
      enforceSSL: true,
      cors: [
        {
          allowedMethods: [s3.HttpMethods.GET, s3.HttpMethods.HEAD, s3.HttpMethods.PUT],
          allowedOrigins: [...props.allowedOrigins],
          allowedHeaders: ['*'],
          exposedHeaders: ['ETag'],
          maxAge: 3000,
        },
      ],
      lifecycleRules: [{ abortIncompleteMultipartUploadAfter: Duration.days(1) }],
      serverAccessLogsBucket: logBucket(this, 'AccessLogs'),
      serverAccessLogsPrefix: 'images/',
      // Covers are referenced by books in DynamoDB (also retained): keep them together.
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.bucket.addToResourcePolicy(
      new iam.PolicyStatement({
        sid: 'PublicReadOfCoversOnly',
        principals: [new iam.AnyPrincipal()],
        actions: ['s3:GetObject'],
        resources: [this.bucket.arnForObjects(`${COVERS_PREFIX}*`)],
      }),
    );

    this.publicUrl = `https://${this.bucket.bucketRegionalDomainName}`;

    acknowledge(
      this.bucket,
      'Covers are public by design: the bucket policy grants s3:GetObject on covers/* only. ACL-based public ' +
        'access stays blocked and ignored; only the policy settings of the public access block are off.',
      'AwsSolutions-S2',
    );
  }

  /** A cover's key (covers/<file>) to the object ARN pattern a Lambda may touch. */
  coversArn(): string {
    return this.bucket.arnForObjects(`${COVERS_PREFIX}*`);
  }
}
