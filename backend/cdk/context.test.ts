/** Reading `-c key=value` context: defaults, parsing and refusals before any construct exists. */
import {
  DEFAULT_AMPLIFY_OUTPUTS_FILE,
  DEFAULT_STRIPE_SECRET_NAME,
  checkOrigin,
  manifestUrl,
  readFolioContext,
} from './context';

const source = (values: Record<string, unknown>) => ({ tryGetContext: (key: string) => values[key] });

test('GIVEN no context THEN the defaults are the Stripe secret name, any origin, no overrides, and the .folio/aws outputs file', () => {
  expect(readFolioContext(source({}))).toEqual({
    stripeSecretName: DEFAULT_STRIPE_SECRET_NAME,
    shellOrigin: '*',
    distDirs: {},
    releaseVersions: {},
    remoteUrls: {},
    amplifyOutputsFile: DEFAULT_AMPLIFY_OUTPUTS_FILE,
    requireBuilds: false,
  });
});

test('GIVEN per-app context keys THEN dist folders and remote URLs are keyed by app name', () => {
  const c = readFolioContext(
    source({
      cartCheckoutDist: '/builds/cc',
      catalogUrl: 'https://d1.cloudfront.net/',
      accountUrl: 'https://d2.cloudfront.net/v2/mf-manifest.json',
    }),
  );
  expect(c.distDirs).toEqual({ 'cart-checkout': '/builds/cc' });
  expect(c.remoteUrls).toEqual({
    catalog: 'https://d1.cloudfront.net/mf-manifest.json',
    account: 'https://d2.cloudfront.net/v2/mf-manifest.json',
  });
});

test('WHEN requireBuilds is given as the CLI gives it (a string) THEN it is parsed, and nonsense is refused', () => {
  expect(readFolioContext(source({ requireBuilds: 'true' })).requireBuilds).toBe(true);
  expect(() => readFolioContext(source({ requireBuilds: 'yes' }))).toThrow(/true or false/);
});

test('WHEN values are malformed THEN each is refused with the key it came from', () => {
  expect(() => readFolioContext(source({ stripeSecretName: 'bad name' }))).toThrow(/stripeSecretName/);
  expect(() => checkOrigin('d1.cloudfront.net')).toThrow(/shellOrigin/);
  expect(() => checkOrigin('https://shop.example/path')).toThrow(/origin/);
  expect(checkOrigin('https://shop.example')).toBe('https://shop.example');
  expect(() => manifestUrl('http://d1.cloudfront.net', 'catalogUrl')).toThrow(/https/);
});

test('GIVEN -c <remote>Version=v<n> THEN the version is keyed by remote name, and anything but a version path is refused', () => {
  expect(readFolioContext(source({ cartCheckoutVersion: 'v12' })).releaseVersions).toEqual({ 'cart-checkout': 'v12' });
  expect(() => readFolioContext(source({ catalogVersion: 'latest' }))).toThrow(/catalogVersion="latest"/);
  expect(() => readFolioContext(source({ catalogVersion: 'v0' }))).toThrow(/version path/);
});
