/** The shell's stack alone: SPA routing, amplify_outputs.json (AWS only) and remotes.json without cross-stack refs. */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { buildAmplifyOutputs, amplifyOutputsText } from './amplify-outputs';
import { REMOTE_APPS, SHELL_APP, remoteOriginParameter } from './apps';
import { FolioShellStack } from './shell-stack';
import { errorsOn, fakeDist, testApp, type CfnTemplate } from './test-support';

const awsOutputs = amplifyOutputsText(
  buildAmplifyOutputs({
    environment: 'aws',
    region: 'eu-west-1',
    userPoolId: 'eu-west-1_x',
    userPoolClientId: 'c',
    graphqlUrl: 'https://x.appsync-api.eu-west-1.amazonaws.com/graphql',
    apiKey: 'da2-x',
    imageBucket: 'b',
    imageBaseUrl: 'https://b.s3.eu-west-1.amazonaws.com',
    authFlowType: 'USER_SRP_AUTH',
    stripePublishableKey: 'pk_test_x',
    stripeEmulatorOrigin: null,
  }),
);

function outputsFile(text: string): string {
  const file = join(fakeDist({}), 'amplify_outputs.json');
  writeFileSync(file, text);
  return file;
}

const shell = (props: Partial<ConstructorParameters<typeof FolioShellStack>[2]> = {}) =>
  new FolioShellStack(testApp(), SHELL_APP.stackName, {
    dist: fakeDist({ 'index.html': '<html></html>', 'main.js': '', '812.9c0ffee1.js': '' }),
    remotes: REMOTE_APPS,
    remoteUrls: {},
    amplifyOutputsFile: outputsFile(awsOutputs),
    requireOutputs: true,
    log: () => undefined,
    ...props,
  });

let cfn: CfnTemplate;
let template: Template;
const noCacheDeployment = () =>
  Object.values(cfn.Resources).find(
    (r) => r.Type === 'Custom::CDKBucketDeployment' && r.Properties.Exclude?.[0] === '*',
  )!.Properties;

beforeAll(() => {
  // GIVEN a shell build and the AWS outputs file, WHEN synthesized with no remote URL on the command line
  template = Template.fromStack(shell());
  cfn = template.toJSON() as CfnTemplate;
});

test('GIVEN the shell THEN the CloudFront function routes extension-less paths (deep links; the home is the prerendered site/index.html) over https', () => {
  template.hasResourceProperties('AWS::CloudFront::Function', {
    FunctionConfig: Match.objectLike({ Runtime: 'cloudfront-js-2.0' }),
  });
  template.hasResourceProperties('AWS::CloudFront::Distribution', {
    DistributionConfig: Match.objectLike({
      DefaultRootObject: 'site/index.html',
      DefaultCacheBehavior: Match.objectLike({
        ViewerProtocolPolicy: 'redirect-to-https',
        FunctionAssociations: [Match.objectLike({ EventType: 'viewer-request' })],
      }),
    }),
  });
});

test("GIVEN no remote URLs on the command line THEN each remote's origin is read at deploy time from its SSM parameter", () => {
  for (const remote of REMOTE_APPS) {
    expect(Object.values(cfn.Parameters ?? {})).toContainEqual({
      Type: 'AWS::SSM::Parameter::Value<String>',
      Default: remoteOriginParameter(remote),
    });
  }
  expect(JSON.stringify(cfn)).not.toContain('Fn::ImportValue');
});

test("GIVEN the shell's deploy THEN it uploads its build and amplify_outputs.json only: /remotes.json is the releases' (never reset by a shell deploy)", () => {
  // WHEN the no-cache upload's sources are counted THEN they are the build's asset and the outputs file, nothing else
  expect(noCacheDeployment().SourceObjectKeys).toHaveLength(2);
  // AND no source carries deploy-time values (remotes.json used to, with one marker per remote)
  expect((noCacheDeployment().SourceMarkers ?? []).filter((m: object) => Object.keys(m).length > 0)).toEqual([]);
});

test('GIVEN the no-cache deployment THEN index.html, remotes.json, amplify_outputs.json and the unhashed main.js are in it', () => {
  expect(noCacheDeployment().Include).toEqual(
    expect.arrayContaining(['index.html', 'remotes.json', 'amplify_outputs.json', 'main.js']),
  );
  expect(noCacheDeployment().Include).not.toContain('812.9c0ffee1.js');
});

test("GIVEN -c catalogUrl=… WHEN synthesized THEN the CSP takes that URL's origin for catalog and SSM for the others", () => {
  const url = 'https://catalog.example.com/mf-manifest.json';
  const t = Template.fromStack(shell({ remoteUrls: { catalog: url } })).toJSON() as CfnTemplate;
  const params = Object.values(t.Parameters ?? {}).map((p) => p.Default);
  expect(params).not.toContain(remoteOriginParameter(REMOTE_APPS[0]));
  expect(params).toContain(remoteOriginParameter(REMOTE_APPS[1]));
});

const errorsOf = errorsOn;

test("WHEN amplify_outputs.json is the local stack's THEN the shell stack carries an error, so emulator URLs never deploy", () => {
  const local = awsOutputs.replace('"environment": "aws"', '"environment": "local"');
  expect(errorsOf(shell({ amplifyOutputsFile: outputsFile(local), requireOutputs: false })).join()).toMatch(
    /environment "local", not "aws"/,
  );
});

test('WHEN amplify_outputs.json is missing THEN synth uses a placeholder and says so, but requireBuilds makes it an error', () => {
  const lines: string[] = [];
  const lenient = shell({
    amplifyOutputsFile: '/nonexistent/amplify_outputs.json',
    requireOutputs: false,
    log: (l) => lines.push(l),
  });
  expect(errorsOf(lenient)).toEqual([]);
  expect(lines.join('\n')).toMatch(/placeholder amplify_outputs.json/);
  expect(
    errorsOf(shell({ amplifyOutputsFile: '/nonexistent/amplify_outputs.json', requireOutputs: true })).join(),
  ).toMatch(/does not exist/);
});

test('GIVEN the AWS outputs file THEN the shell stack has no error', () => {
  expect(errorsOf(shell())).toEqual([]);
});

test('WHEN remoteUrls names a remote that does not exist THEN the stack refuses it', () => {
  expect(() => shell({ remoteUrls: { checkout: 'https://x.example/mf-manifest.json' } })).toThrow(
    /unknown remotes: checkout/,
  );
});

describe('security headers (CloudFront response-headers policy)', () => {
  const INLINE = 'self.folioEarly = {};';
  const remoteUrls = Object.fromEntries(
    REMOTE_APPS.map((r, i) => [r.name, `https://r${i}.cloudfront.net/mf-manifest.json`]),
  );
  const headersOf = (t: CfnTemplate) =>
    Object.values(t.Resources).find((r) => r.Type === 'AWS::CloudFront::ResponseHeadersPolicy')!.Properties
      .ResponseHeadersPolicyConfig.SecurityHeadersConfig;
  const cspOf = (t: CfnTemplate): Record<string, string[]> =>
    Object.fromEntries(
      (headersOf(t).ContentSecurityPolicy.ContentSecurityPolicy as string)
        .split('; ')
        .map((d) => d.split(' '))
        .map(([name, ...sources]) => [name, sources]),
    );

  test("GIVEN the built index.html and AWS's outputs THEN the CSP allows its inline script by hash, the remotes, the API, Cognito, the covers and Stripe", () => {
    const dist = fakeDist({
      'index.html': `<!doctype html><script>${INLINE}</script><script src="/main.js"></script>`,
    });
    const t = Template.fromStack(shell({ dist, remoteUrls })).toJSON() as CfnTemplate;
    const csp = cspOf(t);
    const hash = `'sha256-${createHash('sha256').update(INLINE).digest('base64')}'`;
    const remotes = REMOTE_APPS.map((_, i) => `https://r${i}.cloudfront.net`);
    expect(csp['script-src']).toEqual(["'self'", ...remotes, hash, 'https://js.stripe.com']);
    expect(csp['connect-src']).toEqual([
      "'self'",
      ...remotes,
      'https://x.appsync-api.eu-west-1.amazonaws.com',
      'https://cognito-idp.eu-west-1.amazonaws.com',
      'https://b.s3.eu-west-1.amazonaws.com',
      'https://api.stripe.com',
    ]);
    expect(csp['img-src']).toEqual(["'self'", 'data:', 'blob:', 'https://b.s3.eu-west-1.amazonaws.com']);
    expect(csp['object-src']).toEqual(["'none'"]);
    expect(csp['base-uri']).toEqual(["'self'"]);
    expect(csp['frame-ancestors']).toEqual(["'none'"]);
    // Stripe.js's frames for 3-D Secure, and no emulator origin on AWS.
    expect(csp['frame-src']).toEqual(['https://js.stripe.com', 'https://hooks.stripe.com']);
    const headers = headersOf(t);
    expect(headers.ContentSecurityPolicy.Override).toBe(true);
    expect(headers.ReferrerPolicy).toEqual({ ReferrerPolicy: 'strict-origin-when-cross-origin', Override: true });
    expect(headers.FrameOptions).toEqual({ FrameOption: 'DENY', Override: true });
    // CloudFront refuses a Content-Security-Policy longer than 1,783 characters.
    expect(headers.ContentSecurityPolicy.ContentSecurityPolicy.length).toBeLessThanOrEqual(1783);
  });

  test("GIVEN remotes read from SSM THEN the CSP names each one's origin, cut from the parameter at deploy time", () => {
    const policy = JSON.stringify(headersOf(cfn).ContentSecurityPolicy.ContentSecurityPolicy);
    expect(policy).toContain('Fn::Join');
    expect((policy.match(/"Fn::Select":\[2,\{"Fn::Split":\["\/"/g) ?? []).length).toBeGreaterThanOrEqual(
      REMOTE_APPS.length,
    );
  });
});
