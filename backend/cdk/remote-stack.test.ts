/** A remote's stack alone: private bucket behind CloudFront, CORS for the shell, a version's build, SSM origin. */
import { Match, Template } from 'aws-cdk-lib/assertions';
import { REMOTE_APPS, remoteOriginParameter } from './apps';
import { IMMUTABLE_CACHE_CONTROL } from './dist';
import { FolioRemoteStack } from './remote-stack';
import { fakeDist, testApp, type CfnTemplate } from './test-support';

const SHELL = 'https://d111111abcdef8.cloudfront.net';
const catalog = REMOTE_APPS.find((a) => a.name === 'catalog')!;
let template: Template;
let cfn: CfnTemplate;

const deployments = () =>
  Object.values(cfn.Resources)
    .filter((r) => r.Type === 'Custom::CDKBucketDeployment')
    .map((r) => r.Properties);

beforeAll(() => {
  // GIVEN a catalog build with hashed chunks and unhashed entry files
  const dist = fakeDist({
    'mf-manifest.json': '{}',
    'remoteEntry.js': '',
    'index.html': '',
    'main.js': '',
    'static/js/420.3f9a2c1be07d.js': '',
    'static/js/__federation_expose_Routes.7ab31f09.js': '',
    'static/css/420.3f9a2c1be07d.css': '',
  });
  // WHEN its stack is synthesized to publish it as v3
  const stack = new FolioRemoteStack(testApp(), catalog.stackName, {
    app: catalog,
    dist,
    shellOrigin: SHELL,
    version: 'v3',
  });
  template = Template.fromStack(stack);
  cfn = template.toJSON() as CfnTemplate;
});

test('GIVEN a remote THEN its bucket is private, https-only, and allows CORS GETs from the shell origin alone', () => {
  template.hasResourceProperties('AWS::S3::Bucket', {
    PublicAccessBlockConfiguration: {
      BlockPublicAcls: true,
      BlockPublicPolicy: true,
      IgnorePublicAcls: true,
      RestrictPublicBuckets: true,
    },
    CorsConfiguration: { CorsRules: [Match.objectLike({ AllowedOrigins: [SHELL], AllowedMethods: ['GET', 'HEAD'] })] },
  });
});

test('GIVEN a remote THEN CloudFront serves it over https through Origin Access Control, Origin in the cache key', () => {
  template.resourceCountIs('AWS::CloudFront::OriginAccessControl', 1);
  template.hasResourceProperties('AWS::CloudFront::Distribution', {
    DistributionConfig: Match.objectLike({
      DefaultCacheBehavior: Match.objectLike({ ViewerProtocolPolicy: 'redirect-to-https' }),
      Logging: Match.objectLike({ Prefix: 'cloudfront/' }),
    }),
  });
  template.hasResourceProperties('AWS::CloudFront::CachePolicy', {
    CachePolicyConfig: Match.objectLike({
      MinTTL: 0,
      ParametersInCacheKeyAndForwardedToOrigin: Match.objectLike({
        HeadersConfig: { HeaderBehavior: 'whitelist', Headers: Match.arrayWith(['Origin']) },
      }),
    }),
  });
});

test('GIVEN version v3 WHEN deployed THEN the whole build goes under v3/, immutable, never pruned, kept when the version moves on', () => {
  const [release, ...others] = deployments();
  expect(others).toEqual([]);
  expect(release).toMatchObject({
    DestinationBucketKeyPrefix: 'v3/',
    Prune: false,
    RetainOnDelete: true,
    SystemMetadata: { 'cache-control': IMMUTABLE_CACHE_CONTROL },
  });
  // Every file of a version is immutable, manifests included: a version path never changes.
  expect(release.Exclude).toBeUndefined();
  expect(release.Include).toBeUndefined();
  expect(cfn.Outputs?.ReleaseVersion).toMatchObject({ Value: 'v3' });
});

test('GIVEN no version WHEN synthesized THEN the stack deploys its bucket and distribution and no build', () => {
  const bare = Template.fromStack(
    new FolioRemoteStack(testApp(), catalog.stackName, { app: catalog, dist: fakeDist({}), shellOrigin: SHELL }),
  );
  bare.resourceCountIs('Custom::CDKBucketDeployment', 0);
  bare.resourceCountIs('AWS::CloudFront::Distribution', 1);
});

test('WHEN the version is not a version path THEN the stack refuses it', () => {
  expect(
    () =>
      new FolioRemoteStack(testApp(), 'Bad', {
        app: catalog,
        dist: fakeDist({ 'a.txt': '' }),
        shellOrigin: SHELL,
        version: 'latest',
      }),
  ).toThrow(/not a version path/);
});

test('GIVEN a remote THEN it publishes its origin in SSM for the shell, and references no other stack', () => {
  template.hasResourceProperties('AWS::SSM::Parameter', {
    Name: remoteOriginParameter(catalog),
    Value: { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [Match.anyValue(), 'DomainName'] }]] },
  });
  expect(JSON.stringify(cfn)).not.toContain('Fn::ImportValue');
  expect(Object.values(cfn.Outputs ?? {}).filter((o) => o.Export)).toEqual([]);
  expect(Object.keys(cfn.Outputs ?? {})).toEqual(expect.arrayContaining(['Url', 'BucketName', 'DistributionId']));
});

test('WHEN the shell origin is a path rather than an origin THEN the stack refuses it', () => {
  expect(
    () =>
      new FolioRemoteStack(testApp(), 'Bad', {
        app: catalog,
        dist: fakeDist({ 'a.txt': '' }),
        shellOrigin: `${SHELL}/app`,
      }),
  ).toThrow(/origin/);
});

test('GIVEN a remote THEN its CSP runs nothing on its own origin and no page may frame it; CORS stays for the shell', () => {
  template.hasResourceProperties('AWS::CloudFront::ResponseHeadersPolicy', {
    ResponseHeadersPolicyConfig: Match.objectLike({
      SecurityHeadersConfig: Match.objectLike({
        ContentSecurityPolicy: {
          ContentSecurityPolicy: "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
          Override: true,
        },
        ReferrerPolicy: { ReferrerPolicy: 'strict-origin-when-cross-origin', Override: true },
      }),
    }),
  });
  template.hasResourceProperties('AWS::S3::Bucket', {
    CorsConfiguration: { CorsRules: [Match.objectLike({ AllowedOrigins: [SHELL] })] },
  });
});
