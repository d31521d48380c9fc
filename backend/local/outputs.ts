/**
 * amplify_outputs.json (Amplify's outputs format), which the shell serves and Amplify.configure reads.
 * custom.folio carries what the format has no field for: the emulator endpoints.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NAMES } from '@folio/config';
import { urls, type LocalConfig } from './config';
import type { UserPool } from './cognito';

export const OUTPUTS_FILE = join(__dirname, '..', '..', 'amplify_outputs.json');

export function amplifyOutputs(c: LocalConfig, pool: UserPool) {
  const u = urls(c);
  return {
    version: '1.3',
    auth: {
      aws_region: c.region,
      user_pool_id: pool.userPoolId,
      user_pool_client_id: pool.clientId,
      username_attributes: ['email'],
      standard_required_attributes: ['email'],
      user_verification_types: ['email'],
      password_policy: { min_length: 8, require_lowercase: true, require_uppercase: true, require_numbers: true, require_symbols: false },
      unauthenticated_identities_enabled: false,
      groups: [{ [NAMES.adminGroup]: { precedence: 0 } }],
    },
    data: {
      url: u.graphql,
      aws_region: c.region,
      api_key: c.apiKey,
      default_authorization_type: 'AMAZON_COGNITO_USER_POOLS',
      authorization_types: ['API_KEY'],
    },
    storage: {
      aws_region: c.region,
      bucket_name: c.imageBucket,
      buckets: [{ name: c.imageBucket, bucket_name: c.imageBucket, aws_region: c.region }],
    },
    custom: {
      folio: {
        environment: 'local',
        userPoolEndpoint: u.cognito,
        imageBaseUrl: u.images,
        // Local sign-in uses USER_PASSWORD_AUTH: cognito-local has no SRP.
        authFlowType: 'USER_PASSWORD_AUTH',
        stripePublishableKey: null,
      },
    },
  };
}

export function writeAmplifyOutputs(c: LocalConfig, pool: UserPool, file = OUTPUTS_FILE): string {
  writeFileSync(file, `${JSON.stringify(amplifyOutputs(c, pool), null, 2)}\n`);
  return file;
}
