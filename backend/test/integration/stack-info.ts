/** What global-setup tells the test files about the running stack. */
import type { TableNames } from '../../tables';

export interface StackInfo {
  graphqlUrl: string;
  apiKey: string;
  cognitoUrl: string;
  /** The stack's own credentials, for Cognito's admin API (signed calls only). */
  cognitoCredentials: { accessKeyId: string; secretAccessKey: string };
  userPoolId: string;
  clientId: string;
  issuer: string;
  stripeUrl: string;
  imagesUrl: string;
  s3Url: string;
  dynamodbUrl: string;
  region: string;
  tables: TableNames;
  /** aws-ses-v2-local: GET <sesUrl>/store lists every email sent. */
  sesUrl: string;
}

export function stackInfo(): StackInfo {
  const raw = process.env.FOLIO_TEST_STACK;
  if (!raw) throw new Error('The integration stack is not running (global-setup sets FOLIO_TEST_STACK)');
  return JSON.parse(raw);
}
