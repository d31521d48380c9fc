/**
 * The shell's page renderer on AWS (site-renderer.ts) and its distribution's routing (static-site.ts): the stream
 * it follows, what its role may do, the viewer-request function and the not-found answer, the render at deploy.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Stack } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { REMOTE_APPS, SHELL_APP } from './apps';
import { PLACEHOLDER_OUTPUTS, FolioShellStack } from './shell-stack';
import { BOOKS_STREAM_PARAMETER, copyBuildsCommands } from './site-renderer';
import { NOT_FOUND_PAGE, VIEWER_REQUEST_FILE } from './site-routing';
import { NO_BUNDLING, asArray, fakeDist, policyStatements, testApp, type CfnTemplate } from './test-support';

let stack: FolioShellStack;
let template: Template;
let cfn: CfnTemplate;
const logicalId = (element: { node: { defaultChild?: unknown } }) =>
  stack.getLogicalId(element.node.defaultChild as Parameters<Stack['getLogicalId']>[0]);

beforeAll(() => {
  // GIVEN the shell's stack WHEN synthesized (the Lambda's bundling is skipped: copyBuildsCommands is tested below)
  stack = new FolioShellStack(testApp(NO_BUNDLING), SHELL_APP.stackName, {
    dist: fakeDist({ 'index.html': '<html></html>', 'main.js': '' }),
    remotes: REMOTE_APPS,
    remoteUrls: {},
    amplifyOutputsFile: '/nonexistent/amplify_outputs.json',
    requireOutputs: false,
    log: () => undefined,
  });
  template = Template.fromStack(stack);
  cfn = template.toJSON() as CfnTemplate;
});

const rendererRole = () => logicalId(stack.renderer.fn.role as never);
const rendererStatements = () =>
  policyStatements(cfn)
    .filter(({ roles }) => roles.includes(rendererRole()))
    .map(({ statement }) => statement);
const statement = (sid: string) => rendererStatements().find((s) => s.Sid === sid)!;
const streamParameter = () =>
  Object.entries(cfn.Parameters ?? {}).find(([, p]) => p.Default === BOOKS_STREAM_PARAMETER)![0];

test("GIVEN the renderer THEN the books table's stream (its ARN read from SSM at deploy) invokes it from now on", () => {
  template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
    FunctionName: { Ref: logicalId(stack.renderer.fn) },
    EventSourceArn: { Ref: streamParameter() },
    StartingPosition: 'LATEST',
    MaximumRetryAttempts: 3,
  });
  expect(statement('ReadBooksStream')).toEqual(
    expect.objectContaining({
      Action: ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator'],
      Resource: { Ref: streamParameter() },
    }),
  );
});

test("GIVEN the renderer's role THEN it writes only site/ of the shell bucket and reads only its two config files", () => {
  const bucketArn = { 'Fn::GetAtt': [logicalId(stack.site.bucket), 'Arn'] };
  expect(statement('WritePages')).toEqual(
    expect.objectContaining({
      Action: ['s3:DeleteObject', 's3:PutObject'],
      Resource: { 'Fn::Join': ['', [bucketArn, '/site/*']] },
    }),
  );
  expect(statement('ReadSiteConfig')).toEqual(
    expect.objectContaining({
      Action: 's3:GetObject',
      Resource: [
        { 'Fn::Join': ['', [bucketArn, '/amplify_outputs.json']] },
        { 'Fn::Join': ['', [bucketArn, '/remotes.json']] },
      ],
    }),
  );
  // Nothing else: no wildcard action, and "*" only for ListStreams (which has no resource-level permissions).
  for (const s of rendererStatements()) {
    for (const action of asArray<string>(s.Action)) expect(action).not.toContain('*');
    if (asArray(s.Resource).includes('*')) expect(s.Action).toBe('dynamodb:ListStreams');
  }
  expect(rendererStatements().map((s) => s.Sid ?? s.Action)).toEqual(
    expect.arrayContaining(['WritePages', 'ReadSiteConfig', 'InvalidatePages', 'ReadBooksStream', 'ListStreams']),
  );
});

test("GIVEN the renderer's role THEN it may invalidate the one distribution, by its id", () => {
  const s = statement('InvalidatePages');
  expect(s.Action).toBe('cloudfront:CreateInvalidation');
  expect(JSON.stringify(s.Resource)).toContain(`":cloudfront::"`);
  expect(JSON.stringify(s.Resource)).toContain(`":distribution/",{"Ref":"${logicalId(stack.site.distribution)}"}`);
});

test('GIVEN the renderer THEN it knows the bucket, the distribution and the site URL it renders for', () => {
  template.hasResourceProperties('AWS::Lambda::Function', {
    Environment: {
      Variables: {
        SITE_BUCKET: { Ref: logicalId(stack.site.bucket) },
        DISTRIBUTION_ID: { Ref: logicalId(stack.site.distribution) },
        SITE_URL: Match.anyValue(),
      },
    },
    Timeout: 600,
    MemorySize: 2048,
  });
});

test('GIVEN the distribution THEN its viewer-request function is site-routing/viewer-request.js, as it is', () => {
  template.hasResourceProperties('AWS::CloudFront::Function', {
    FunctionCode: readFileSync(VIEWER_REQUEST_FILE, 'utf8'),
    FunctionConfig: Match.objectLike({ Runtime: 'cloudfront-js-2.0' }),
  });
  template.hasResourceProperties('AWS::CloudFront::Distribution', {
    DistributionConfig: Match.objectLike({
      DefaultCacheBehavior: Match.objectLike({
        FunctionAssociations: [
          { EventType: 'viewer-request', FunctionARN: { 'Fn::GetAtt': [Match.anyValue(), 'FunctionARN'] } },
        ],
      }),
    }),
  });
});

test("GIVEN a missing object (an unknown book: 403 from S3 through OAC) THEN CloudFront answers 404 with the store's 404 page", () => {
  template.hasResourceProperties('AWS::CloudFront::Distribution', {
    DistributionConfig: Match.objectLike({
      CustomErrorResponses: [403, 404].map((code) => ({
        ErrorCode: code,
        ResponseCode: 404,
        ResponsePagePath: NOT_FOUND_PAGE,
        ErrorCachingMinTTL: 10,
      })),
    }),
  });
  expect(NOT_FOUND_PAGE).toBe('/site/404.html');
});

test('GIVEN a deploy THEN the same Lambda renders every page, after the site files it reads are in the bucket', () => {
  const [id, resource] = Object.entries(cfn.Resources).find(([, r]) => r.Type === 'Custom::FolioRenderPages')!;
  expect(resource.Properties.ServiceToken).toEqual({ 'Fn::GetAtt': [logicalId(stack.renderer.fn), 'Arn'] });
  expect(resource.Properties).toEqual(
    expect.objectContaining({ Builds: expect.any(String), Outputs: expect.any(String), Remotes: expect.anything() }),
  );
  const [noCache] = Object.entries(cfn.Resources).find(
    ([, r]) => r.Type === 'Custom::CDKBucketDeployment' && r.Properties.Exclude?.[0] === '*',
  )!;
  expect(asArray(cfn.Resources[id].DependsOn)).toEqual(expect.arrayContaining([noCache]));
  expect(PLACEHOLDER_OUTPUTS).toContain('placeholder');
});

test("GIVEN the apps' builds WHEN the bundle's copy commands run THEN what the renderer reads is under builds/<app>/dist", () => {
  const shell = fakeDist({ 'index.html': '<html>', 'main.css': 'a{}', 'main.js': '', 'node/frame.js': 'x' });
  const catalog = fakeDist({ 'mf-manifest.json': '{}', 'node/routes.js': 'x', 'node/admin.51e9b414.js': 'x' });
  const unbuilt = join(tmpdir(), 'folio-no-such-build');
  const out = mkdtempSync(join(tmpdir(), 'folio-bundle-'));
  execFileSync('bash', ['-c', copyBuildsCommands({ shell, catalog, account: unbuilt }, out).join(' && ')]);
  for (const file of [
    'shell/dist/index.html',
    'shell/dist/main.css',
    'shell/dist/node/frame.js',
    'catalog/dist/mf-manifest.json',
    'catalog/dist/node/routes.js',
    'catalog/dist/node/admin.51e9b414.js',
  ]) {
    expect(existsSync(join(out, 'builds', file))).toBe(true);
  }
  // The browser's scripts are not the renderer's: they stay out of the Lambda.
  expect(existsSync(join(out, 'builds', 'shell', 'dist', 'main.js'))).toBe(false);
  expect(existsSync(join(out, 'builds', 'account', 'dist', 'node'))).toBe(false);
});
