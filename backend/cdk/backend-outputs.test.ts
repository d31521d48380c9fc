/** FolioBackend's outputs → amplify_outputs.json for AWS: the local file's shape with AWS's values. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs, writeOutputs } from '../scripts/write-outputs';
import { amplifyOutputs } from '../local/outputs';
import { localConfig } from '../local/config';
import { BACKEND_OUTPUTS, amplifyOutputsFromStack } from './backend-outputs';
import { fakeDist } from './test-support';

const deployed = {
  FolioBackend: {
    [BACKEND_OUTPUTS.graphqlUrl]: 'https://abc.appsync-api.eu-west-1.amazonaws.com/graphql',
    [BACKEND_OUTPUTS.apiKey]: 'da2-abc',
    [BACKEND_OUTPUTS.region]: 'eu-west-1',
    [BACKEND_OUTPUTS.userPoolId]: 'eu-west-1_Abc',
    [BACKEND_OUTPUTS.userPoolClientId]: 'client1',
    [BACKEND_OUTPUTS.imageBucket]: 'foliobackend-images-1',
    [BACKEND_OUTPUTS.imageBaseUrl]: 'https://foliobackend-images-1.s3.eu-west-1.amazonaws.com',
  },
};

/** Every key path of a JSON value, e.g. "auth.password_policy.min_length". */
const paths = (value: unknown, prefix = ''): string[] =>
  value && typeof value === 'object' && !Array.isArray(value)
    ? Object.entries(value).flatMap(([k, v]) => [`${prefix}${k}`, ...paths(v, `${prefix}${k}.`)])
    : [];

test('GIVEN the stack outputs THEN the file names the deployed API, pool, client and bucket, with SRP and the publishable key', () => {
  const out = amplifyOutputsFromStack(deployed, 'FolioBackend', 'pk_live_123');
  expect(out.data).toMatchObject({
    url: deployed.FolioBackend.GraphqlUrl,
    api_key: 'da2-abc',
    aws_region: 'eu-west-1',
  });
  expect(out.auth).toMatchObject({ user_pool_id: 'eu-west-1_Abc', user_pool_client_id: 'client1' });
  expect(out.storage.bucket_name).toBe('foliobackend-images-1');
  expect(out.custom.folio).toEqual({
    environment: 'aws',
    imageBaseUrl: deployed.FolioBackend.ImagePublicUrl,
    authFlowType: 'USER_SRP_AUTH',
    stripePublishableKey: 'pk_live_123',
    stripeEmulatorOrigin: null,
  });
});

test('GIVEN the local and the AWS files THEN they have the same shape except the emulator-only userPoolEndpoint', () => {
  const local = amplifyOutputs(localConfig(), { userPoolId: 'p', clientId: 'c', issuer: 'i', jwksUrl: 'j' });
  const aws = amplifyOutputsFromStack(deployed, 'FolioBackend', 'pk_test_1');
  expect(paths(aws)).toEqual(paths(local).filter((p) => p !== 'custom.folio.userPoolEndpoint'));
  expect(local.custom.folio).toMatchObject({
    environment: 'local',
    authFlowType: 'USER_PASSWORD_AUTH',
    stripePublishableKey: null,
    stripeEmulatorOrigin: `http://localhost:${localConfig().ports.stripe}`,
  });
});

test('WHEN the key is a secret key, or an output is missing THEN nothing is written', () => {
  expect(() => amplifyOutputsFromStack(deployed, 'FolioBackend', 'sk_live_123')).toThrow(/pk_live_/);
  expect(() => amplifyOutputsFromStack({ FolioBackend: { GraphqlUrl: 'x' } }, 'FolioBackend', 'pk_live_1')).toThrow(
    /lack ApiKey/,
  );
  expect(() => amplifyOutputsFromStack({ FolioShell: {} }, 'FolioBackend', 'pk_live_1')).toThrow(
    /no FolioBackend stack \(found: FolioShell\)/,
  );
});

test('GIVEN the CLI arguments WHEN write-outputs runs THEN it writes the file, taking the key from the environment if not given', () => {
  const dir = fakeDist({ 'backend-outputs.json': JSON.stringify(deployed) });
  const args = parseArgs(
    ['--outputs-file', join(dir, 'backend-outputs.json'), '--out', join(dir, 'out', 'amplify_outputs.json')],
    {
      STRIPE_PUBLISHABLE_KEY: 'pk_test_env',
    },
  );
  const file = writeOutputs(args);
  expect(JSON.parse(readFileSync(file, 'utf8')).custom.folio.stripePublishableKey).toBe('pk_test_env');
  expect(readFileSync(file, 'utf8').endsWith('}\n')).toBe(true);
  expect(() => parseArgs([], {})).toThrow(/publishable key/);
  expect(() => parseArgs(['--bogus', 'x'], { STRIPE_PUBLISHABLE_KEY: 'pk_test_1' })).toThrow(
    /Unknown argument --bogus/,
  );
});
