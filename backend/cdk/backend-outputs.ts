/**
 * The FolioBackend stack's outputs: their names, and how `cdk deploy --outputs-file` turns into
 * amplify_outputs.json. The stack and scripts/write-outputs.ts share this, so the names cannot drift.
 */
import { buildAmplifyOutputs, type AmplifyOutputs } from './amplify-outputs';

export const BACKEND_OUTPUTS = {
  graphqlUrl: 'GraphqlUrl',
  apiKey: 'ApiKey',
  region: 'Region',
  userPoolId: 'UserPoolId',
  userPoolClientId: 'UserPoolClientId',
  imageBucket: 'ImageBucketName',
  imageBaseUrl: 'ImagePublicUrl',
} as const;

export type BackendOutputName = keyof typeof BACKEND_OUTPUTS;

/** Stripe publishable keys start pk_live_ or pk_test_; a secret key (sk_…) must never reach a browser. */
export const PUBLISHABLE_KEY_PATTERN = /^pk_(live|test)_[A-Za-z0-9]+$/;

/** `cdk deploy --outputs-file` writes { [stackName]: { [outputKey]: value } }. */
export function amplifyOutputsFromStack(
  outputsFile: Readonly<Record<string, Readonly<Record<string, string>>>>,
  stackName: string,
  stripePublishableKey: string,
): AmplifyOutputs {
  const outputs = outputsFile[stackName];
  if (!outputs) {
    const found = Object.keys(outputsFile).join(', ') || 'none';
    throw new Error(
      `The outputs file has no ${stackName} stack (found: ${found}). Deploy it with --outputs-file first.`,
    );
  }
  const missing = Object.values(BACKEND_OUTPUTS).filter((key) => !outputs[key]);
  if (missing.length) throw new Error(`${stackName} outputs lack ${missing.join(', ')}: is the stack up to date?`);
  if (!PUBLISHABLE_KEY_PATTERN.test(stripePublishableKey)) {
    throw new Error('The Stripe publishable key must look like pk_live_… or pk_test_… (never the secret sk_… key)');
  }
  const value = (name: BackendOutputName) => outputs[BACKEND_OUTPUTS[name]];
  return buildAmplifyOutputs({
    environment: 'aws',
    region: value('region'),
    userPoolId: value('userPoolId'),
    userPoolClientId: value('userPoolClientId'),
    graphqlUrl: value('graphqlUrl'),
    apiKey: value('apiKey'),
    imageBucket: value('imageBucket'),
    imageBaseUrl: value('imageBaseUrl'),
    // No userPoolEndpoint: Amplify uses Cognito's own. SRP: the password never leaves the browser.
    authFlowType: 'USER_SRP_AUTH',
    stripePublishableKey,
    // Stripe.js shows the 3-D Secure challenge on AWS; there is no emulator.
    stripeEmulatorOrigin: null,
  });
}
