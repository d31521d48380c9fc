/** A remote's stack alone: private bucket behind CloudFront, CORS for the shell, two cache classes, SSM URL. */
import { Match, Template } from 'aws-cdk-lib/assertions';
import { REMOTE_APPS, manifestUrlParameter } from './apps';
import { IMMUTABLE_CACHE_CONTROL, NO_CACHE_CONTROL } from './dist';
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
  // WHEN its stack is synthesized
  const stack = new FolioRemoteStack(testApp(), catalog.stackName, { app: catalog, dist, shellOrigin: SHELL });
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

test('GIVEN the build WHEN deployed THEN hashed chunks are immutable and manifests and entries are no-cache, without pruning', () => {
  const [immutable, noCache] = deployments();
  const unhashed = [
    'amplify_outputs.json',
    'index.html',
    'main.js',
    'mf-manifest.json',
    'remoteEntry.js',
    'remotes.json',
  ];
  expect(immutable).toMatchObject({
    Prune: false,
    Exclude: unhashed,
    SystemMetadata: { 'cache-control': IMMUTABLE_CACHE_CONTROL },
  });
  expect(noCache).toMatchObject({
    Prune: false,
    Exclude: ['*'],
    Include: unhashed,
    SystemMetadata: { 'cache-control': NO_CACHE_CONTROL },
  });
  const ids = Object.entries(cfn.Resources)
    .filter(([, r]) => r.Type === 'Custom::CDKBucketDeployment')
    .map(([id]) => id);
  expect(cfn.Resources[ids[1]].DependsOn).toEqual(expect.arrayContaining([expect.stringMatching(/Immutable/)]));
});

test('GIVEN a remote THEN it publishes its manifest URL in SSM for the shell, and references no other stack', () => {
  template.hasResourceProperties('AWS::SSM::Parameter', {
    Name: manifestUrlParameter(catalog),
    Value: { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [Match.anyValue(), 'DomainName'] }, '/mf-manifest.json']] },
  });
  expect(JSON.stringify(cfn)).not.toContain('Fn::ImportValue');
  expect(Object.keys(cfn.Outputs ?? {})).toEqual(
    expect.arrayContaining(['Url', 'ManifestUrl', 'BucketName', 'DistributionId']),
  );
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
