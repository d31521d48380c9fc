/**
 * amplify_outputs.json (Amplify's outputs format), which the shell serves and Amplify.configure reads.
 * The shape lives in cdk/amplify-outputs.ts, shared with the AWS writer (scripts/write-outputs.ts);
 * here only the local values: the emulator endpoints and USER_PASSWORD_AUTH.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { amplifyOutputsText, buildAmplifyOutputs } from '../cdk/amplify-outputs';
import { urls, type LocalConfig } from './config';
import type { UserPool } from './cognito';

export const OUTPUTS_FILE = join(__dirname, '..', '..', 'amplify_outputs.json');

export function amplifyOutputs(c: LocalConfig, pool: UserPool) {
  const u = urls(c);
  return buildAmplifyOutputs({
    environment: 'local',
    region: c.region,
    userPoolId: pool.userPoolId,
    userPoolClientId: pool.clientId,
    graphqlUrl: u.graphql,
    apiKey: c.apiKey,
    imageBucket: c.imageBucket,
    imageBaseUrl: u.images,
    userPoolEndpoint: u.cognito,
    // Local sign-in uses USER_PASSWORD_AUTH: cognito-local has no SRP.
    authFlowType: 'USER_PASSWORD_AUTH',
    stripePublishableKey: null,
    stripeEmulatorOrigin: new URL(u.stripe).origin,
  });
}

export function writeAmplifyOutputs(c: LocalConfig, pool: UserPool, file = OUTPUTS_FILE): string {
  writeFileSync(file, amplifyOutputsText(amplifyOutputs(c, pool)));
  return file;
}
