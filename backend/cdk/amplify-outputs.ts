/**
 * amplify_outputs.json (Amplify's outputs format): the one builder behind both the local stack's file
 * (local/outputs.ts) and the AWS one (scripts/write-outputs.ts), so the two can only differ in values.
 * custom.folio carries what the format has no field for.
 */
import { NAMES } from '@folio/config';

/**
 * The password rules of the user pool: the CDK pool is created with them and the outputs file states them,
 * so the apps validate exactly what Cognito enforces. (cognito-local is configured to match.)
 */
export const PASSWORD_POLICY = {
  minLength: 8,
  requireLowercase: true,
  requireUppercase: true,
  requireDigits: true,
  requireSymbols: false,
} as const;

export type FolioEnvironment = 'local' | 'aws';
/** Locally USER_PASSWORD_AUTH (cognito-local has no SRP); on AWS the password never leaves the browser: SRP. */
export type AuthFlowType = 'USER_PASSWORD_AUTH' | 'USER_SRP_AUTH';

export interface AmplifyOutputsParams {
  readonly environment: FolioEnvironment;
  readonly region: string;
  readonly userPoolId: string;
  readonly userPoolClientId: string;
  readonly graphqlUrl: string;
  readonly apiKey: string;
  readonly imageBucket: string;
  /** Where covers are read from: `${imageBaseUrl}/covers/<key>`. */
  readonly imageBaseUrl: string;
  readonly authFlowType: AuthFlowType;
  /** cognito-local's URL. Absent on AWS, where Amplify talks to cognito-idp.<region>.amazonaws.com. */
  readonly userPoolEndpoint?: string;
  /** null locally: the checkout then uses its test-payment mode instead of Stripe Elements. */
  readonly stripePublishableKey: string | null;
  /**
   * The local Stripe emulator's origin, whose 3-D Secure challenge page the checkout frames; null on AWS, where
   * Stripe.js shows the challenge.
   */
  readonly stripeEmulatorOrigin: string | null;
}

export function buildAmplifyOutputs(p: AmplifyOutputsParams) {
  return {
    version: '1.3',
    auth: {
      aws_region: p.region,
      user_pool_id: p.userPoolId,
      user_pool_client_id: p.userPoolClientId,
      username_attributes: ['email'],
      standard_required_attributes: ['email'],
      user_verification_types: ['email'],
      password_policy: {
        min_length: PASSWORD_POLICY.minLength,
        require_lowercase: PASSWORD_POLICY.requireLowercase,
        require_uppercase: PASSWORD_POLICY.requireUppercase,
        require_numbers: PASSWORD_POLICY.requireDigits,
        require_symbols: PASSWORD_POLICY.requireSymbols,
      },
      unauthenticated_identities_enabled: false,
      groups: [{ [NAMES.adminGroup]: { precedence: 0 } }],
    },
    data: {
      url: p.graphqlUrl,
      aws_region: p.region,
      api_key: p.apiKey,
      default_authorization_type: 'AMAZON_COGNITO_USER_POOLS',
      authorization_types: ['API_KEY'],
    },
    storage: {
      aws_region: p.region,
      bucket_name: p.imageBucket,
      buckets: [{ name: p.imageBucket, bucket_name: p.imageBucket, aws_region: p.region }],
    },
    custom: {
      folio: {
        environment: p.environment,
        ...(p.userPoolEndpoint === undefined ? {} : { userPoolEndpoint: p.userPoolEndpoint }),
        imageBaseUrl: p.imageBaseUrl,
        authFlowType: p.authFlowType,
        stripePublishableKey: p.stripePublishableKey,
        stripeEmulatorOrigin: p.stripeEmulatorOrigin,
      },
    },
  };
}

export type AmplifyOutputs = ReturnType<typeof buildAmplifyOutputs>;

/** The file's text: two-space JSON and a final newline, as both writers have always produced it. */
export const amplifyOutputsText = (outputs: AmplifyOutputs): string => `${JSON.stringify(outputs, null, 2)}\n`;
