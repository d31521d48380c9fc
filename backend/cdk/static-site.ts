/**
 * A private S3 bucket served over https by CloudFront (Origin Access Control): one per front-end app.
 * HTTPS is not optional in production: Stripe Elements, Cognito SRP's Web Crypto and AppSync's wss
 * subscriptions all need a secure page (docs/DEPLOY.md).
 */
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import * as origins from 'aws-cdk-lib/aws-cloudfront-origins';
import * as s3 from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { checkOrigin } from './context';
import { logBucket } from './log-bucket';
import { acknowledge } from './nag';
import { NOT_FOUND_PAGE, SITE_PREFIX, VIEWER_REQUEST_FILE } from './site-routing';

export interface StaticSiteProps {
  /** Shown in the CloudFront console. */
  readonly comment: string;
  /**
   * The shell is a single-page app with prerendered pages: a path without a file extension is its prerendered page
   * (site/…) or else /index.html; an unknown book answers 404 with the store's not-found page (site-routing/).
   */
  readonly singlePageApp?: boolean;
  /** Origins that may load this site's files with CORS (a remote loaded by the shell); none for the shell. */
  readonly corsOrigins?: readonly string[];
  /**
   * The Content-Security-Policy of every response (../content-security-policy.ts): the shell's names its inline
   * script's hash, the remotes, the API, Cognito and the image bucket; a remote's runs nothing on its own origin.
   */
  readonly contentSecurityPolicy: string;
}

export class StaticSite extends Construct {
  readonly bucket: s3.Bucket;
  readonly distribution: cloudfront.Distribution;
  /** https://<id>.cloudfront.net, no trailing slash. */
  readonly url: string;

  constructor(scope: Construct, id: string, props: StaticSiteProps) {
    super(scope, id);
    const cors = props.corsOrigins ?? [];
    cors.forEach((o) => checkOrigin(o, 'corsOrigins'));
    if (props.singlePageApp && cors.length > 0)
      throw new Error('StaticSite: the single-page app (shell) is not loaded cross-origin');

    this.bucket = new s3.Bucket(this, 'Bucket', {
      blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL,
      objectOwnership: s3.ObjectOwnership.BUCKET_OWNER_ENFORCED,
      encryption: s3.BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      // CloudFront forwards Origin (see the cache policy), so S3 answers CORS for the allowed origins.
      cors: cors.length
        ? [
            {
              allowedMethods: [s3.HttpMethods.GET, s3.HttpMethods.HEAD],
              allowedOrigins: [...cors],
              allowedHeaders: ['*'],
              maxAge: 600,
            },
          ]
        : undefined,
      // A redeployable build, but old chunks serve pages still open: keep the bucket if the stack goes.
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledge(
      this.bucket,
      "Every read goes through CloudFront, whose access logs are on (the Logs bucket); the only writer is the stack's " +
        'BucketDeployment, recorded in CloudTrail. S3 server access logs would repeat the CloudFront ones.',
      'AwsSolutions-S1',
    );

    const cachePolicy = new cloudfront.CachePolicy(this, 'CachePolicy', {
      comment: `${props.comment}: honour the files' Cache-Control (immutable chunks, no-cache manifests)`,
      // minTtl 0 lets "no-cache" mean revalidate at CloudFront too, so a deploy is visible at once.
      minTtl: Duration.seconds(0),
      defaultTtl: Duration.days(1),
      maxTtl: Duration.days(365),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
      // For a remote, Origin is in the cache key so each origin gets S3's CORS answer for itself.
      headerBehavior: cors.length
        ? cloudfront.CacheHeaderBehavior.allowList(
            'Origin',
            'Access-Control-Request-Method',
            'Access-Control-Request-Headers',
          )
        : cloudfront.CacheHeaderBehavior.none(),
      queryStringBehavior: cloudfront.CacheQueryStringBehavior.none(),
      cookieBehavior: cloudfront.CacheCookieBehavior.none(),
    });

    const headers = new cloudfront.ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: `${props.comment}: security headers`,
      securityHeadersBehavior: {
        strictTransportSecurity: { accessControlMaxAge: Duration.days(365), includeSubdomains: true, override: true },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: cloudfront.HeadersFrameOption.DENY, override: true },
        contentSecurityPolicy: { contentSecurityPolicy: props.contentSecurityPolicy, override: true },
        referrerPolicy: {
          referrerPolicy: cloudfront.HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN,
          override: true,
        },
      },
    });

    const logs = logBucket(this, 'Logs', { forCloudFront: true });
    this.distribution = new cloudfront.Distribution(this, 'Distribution', {
      comment: props.comment,
      // The shell's home is its prerendered page, whether CloudFront applies this before its function or not.
      defaultRootObject: props.singlePageApp ? `${SITE_PREFIX}/index.html` : 'index.html',
      defaultBehavior: {
        origin: origins.S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: cloudfront.ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: cloudfront.AllowedMethods.ALLOW_GET_HEAD_OPTIONS,
        cachedMethods: cloudfront.CachedMethods.CACHE_GET_HEAD_OPTIONS,
        cachePolicy,
        responseHeadersPolicy: headers,
        compress: true,
        functionAssociations: props.singlePageApp
          ? [
              {
                eventType: cloudfront.FunctionEventType.VIEWER_REQUEST,
                function: new cloudfront.Function(this, 'SpaRouting', {
                  code: cloudfront.FunctionCode.fromFile({ filePath: VIEWER_REQUEST_FILE }),
                  runtime: cloudfront.FunctionRuntime.JS_2_0,
                  comment: 'Prerendered pages from site/, other paths without a file extension: /index.html',
                }),
              },
            ]
          : undefined,
      },
      // A missing object is a 403 from S3 (OAC may not list): an unknown book, or a missing chunk (which fails
      // on the status, as before). Cached briefly, so a new book's page shows once rendered.
      errorResponses: props.singlePageApp
        ? [403, 404].map((httpStatus) => ({
            httpStatus,
            responseHttpStatus: 404,
            responsePagePath: NOT_FOUND_PAGE,
            ttl: Duration.seconds(10),
          }))
        : undefined,
      httpVersion: cloudfront.HttpVersion.HTTP2_AND_3,
      priceClass: cloudfront.PriceClass.PRICE_CLASS_100,
      enableLogging: true,
      logBucket: logs,
      logFilePrefix: 'cloudfront/',
    });
    acknowledge(
      this.distribution,
      'A public storefront sells worldwide; there is no country to block.',
      'AwsSolutions-CFR1',
    );
    acknowledge(
      this.distribution,
      'Static, public, read-only files: a WAF would filter nothing these files need protecting from. Rate limits and auth ' +
        'belong to the API (AppSync), not here. Add a web ACL when the shop gets a custom domain.',
      'AwsSolutions-CFR2',
    );
    acknowledge(
      this.distribution,
      'The default *.cloudfront.net certificate cannot set a minimum TLS version; with a custom domain set ' +
        'minimumProtocolVersion TLSv1.2_2021 and a certificate (docs/DEPLOY.md, custom domains).',
      'AwsSolutions-CFR4',
    );

    this.url = `https://${this.distribution.distributionDomainName}`;
  }
}
