/**
 * The environment the Lambdas see locally: the same variable names the CDK app sets (graphql/api.ts),
 * plus endpoints that point the AWS SDK and Stripe at the emulators.
 */
import type { LambdaEnvName } from '../graphql/api';
import { NAMES } from '@folio/config';
import { S3_CREDENTIALS, urls, type LocalConfig } from './config';
import { PAGE_TOKEN_SECRET } from './page-token-secret';

export function lambdaEnv(c: LocalConfig): Record<LambdaEnvName | string, string> {
  const u = urls(c);
  return {
    BOOKS_TABLE: c.tables.Books,
    BOOK_SEARCH_TABLE: c.tables.BookSearch,
    ORDERS_TABLE: c.tables.Orders,
    IMAGE_BUCKET: c.imageBucket,
    IMAGE_PUBLIC_URL: u.images,
    CURRENCY: c.currency,
    // On AWS a Secrets Manager secret (PAGE_TOKEN_SECRET_NAME); locally the stack's own key.
    PAGE_TOKEN_SECRET: PAGE_TOKEN_SECRET,
    STRIPE_SECRET_KEY: c.stripeSecretKey,
    STRIPE_API_HOST: 'localhost',
    STRIPE_API_PORT: String(c.ports.stripe),
    STRIPE_API_PROTOCOL: 'http',
    DYNAMODB_ENDPOINT: u.dynamodb,
    S3_ENDPOINT: u.s3,
    SES_ENDPOINT: u.ses,
    SENDER_EMAIL: NAMES.orderEmailSender,
    AWS_REGION: c.region,
    // s3rver checks signatures against its own keys; DynamoDB Local (-sharedDb) accepts any.
    AWS_ACCESS_KEY_ID: S3_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: S3_CREDENTIALS.secretAccessKey,
  };
}

/** Lambdas run in this process, so their environment is this process's. */
export function applyLambdaEnv(c: LocalConfig): void {
  Object.assign(process.env, lambdaEnv(c));
}
