/**
 * Who a customer is, from the user pool (never from the browser): the email an order's notices go to, and the
 * customers an email belongs to for the order desk. Locally COGNITO_ENDPOINT points at the stack's Cognito and
 * COGNITO_ACCESS_KEY_ID/COGNITO_SECRET_ACCESS_KEY are the stack's keys for its admin operations; on AWS the
 * Lambda's role signs them.
 */
import {
  AdminGetUserCommand,
  CognitoIdentityProviderClient,
  ListUsersCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { env, optionalEnv } from './env';

let client: CognitoIdentityProviderClient | undefined;

function cognito(): CognitoIdentityProviderClient {
  const accessKeyId = optionalEnv('COGNITO_ACCESS_KEY_ID');
  const secretAccessKey = optionalEnv('COGNITO_SECRET_ACCESS_KEY');
  client ??= new CognitoIdentityProviderClient({
    endpoint: optionalEnv('COGNITO_ENDPOINT'),
    maxAttempts: 2,
    ...(accessKeyId && secretAccessKey ? { credentials: { accessKeyId, secretAccessKey } } : {}),
  });
  return client;
}

/** The user's email attribute; undefined when it cannot be read (an order never waits on or fails for it). */
export async function emailOf(username: string | undefined): Promise<string | undefined> {
  if (!username) return undefined;
  try {
    const out = await cognito().send(new AdminGetUserCommand({ UserPoolId: env('USER_POOL_ID'), Username: username }));
    return out.UserAttributes?.find((a) => a.Name === 'email')?.Value?.toLowerCase();
  } catch (error) {
    console.error('Could not read the customer email from the user pool', (error as Error).message);
    return undefined;
  }
}

/** The subs of the users whose email is `email` (at most a few: emails are unique in the pool). */
export async function customerIdsByEmail(email: string): Promise<string[]> {
  // A quote would end ListUsers' filter string early; such an address matches nobody anyway.
  if (email.includes('"') || email.includes('\\')) return [];
  const out = await cognito().send(
    new ListUsersCommand({
      UserPoolId: env('USER_POOL_ID'),
      Filter: `email = "${email.toLowerCase()}"`,
      Limit: 10,
    }),
  );
  return (out.Users ?? [])
    .map((u) => u.Attributes?.find((a) => a.Name === 'sub')?.Value)
    .filter((sub): sub is string => Boolean(sub));
}

export function resetCognito(): void {
  client?.destroy();
  client = undefined;
}
