/** Talks to the running stack over HTTP as a browser would: GraphQL with an API key or a Cognito token. */
import { createSign, generateKeyPairSync, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { CognitoIdentityProviderClient, InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider';
import { stackInfo } from './stack-info';
import { ensureUser } from '../../local/cognito';
import type { TypedDocument } from '@folio/contract/documents/typed-document';

export type Auth = { apiKey: string } | { token: string } | { none: true } | { headers: Record<string, string> };

export interface GqlResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: {
    message: string;
    errorType?: string;
    errorInfo?: { fields?: Record<string, string> } | null;
    path?: string[];
  }[];
}

export const guest = (): Auth => ({ apiKey: stackInfo().apiKey });

function authHeaders(auth: Auth): Record<string, string> {
  if ('apiKey' in auth) return { 'x-api-key': auth.apiKey };
  if ('token' in auth) return { authorization: auth.token };
  if ('headers' in auth) return auth.headers;
  return {};
}

export async function gqlRaw(body: string, auth: Auth): Promise<GqlResponse> {
  const res = await fetch(stackInfo().graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...authHeaders(auth) },
    body,
  });
  const json = (await res.json()) as Omit<GqlResponse, 'status'>;
  return { status: res.status, ...json };
}

/**
 * A call with a typed document (fixtures.ts) answers with its generated result type; a bare string (a malformed or
 * deliberately odd document) with unknown data.
 */
export function gql<R, V>(query: TypedDocument<R, V>, variables: V, auth: Auth): Promise<GqlResponse<R>>;
export function gql(query: string, variables: Record<string, unknown>, auth: Auth): Promise<GqlResponse<unknown>>;
export function gql(query: string, variables: unknown, auth: Auth): Promise<GqlResponse<unknown>> {
  return gqlRaw(JSON.stringify({ query, variables }), auth) as Promise<GqlResponse<unknown>>;
}

/** The data of a call that must succeed; fails the test with the errors otherwise. */
export async function ok<R, V>(query: TypedDocument<R, V>, variables: V, auth: Auth): Promise<R> {
  const res = await gql(query, variables, auth);
  if (res.errors?.length || res.status !== 200)
    throw new Error(`GraphQL call failed (${res.status}): ${JSON.stringify(res.errors)}`);
  return res.data as R;
}

/** A Cognito client as a customer's browser has it, or (admin) signing with the stack's own credentials. */
export function idp(as: 'customer' | 'admin' = 'customer'): CognitoIdentityProviderClient {
  const s = stackInfo();
  return new CognitoIdentityProviderClient({
    endpoint: s.cognitoUrl,
    region: s.region,
    credentials: as === 'admin' ? s.cognitoCredentials : { accessKeyId: 'customer', secretAccessKey: 'none' },
  });
}

export interface Tokens {
  accessToken: string;
  idToken: string;
  sub: string;
}

const claims = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString());

export async function signIn(email: string, password = 'Passw0rd!'): Promise<Tokens> {
  const client = idp();
  try {
    const out = await client.send(
      new InitiateAuthCommand({
        AuthFlow: 'USER_PASSWORD_AUTH',
        ClientId: stackInfo().clientId,
        AuthParameters: { USERNAME: email, PASSWORD: password },
      }),
    );
    const r = out.AuthenticationResult!;
    return { accessToken: r.AccessToken!, idToken: r.IdToken!, sub: claims(r.AccessToken!).sub };
  } finally {
    client.destroy();
  }
}

/** A fresh confirmed customer, so tests that count orders start from none. */
export async function newCustomer(groups: string[] = []): Promise<Tokens & { email: string }> {
  const s = stackInfo();
  const email = `t-${randomUUID().slice(0, 12)}@folio.test`;
  const client = idp('admin');
  try {
    await ensureUser(
      client,
      { userPoolId: s.userPoolId, clientId: s.clientId, issuer: s.issuer, jwksUrl: '' },
      { email, password: 'Passw0rd!', groups },
    );
  } finally {
    client.destroy();
  }
  return { email, ...(await signIn(email)) };
}

export const asUser = (tokens: Tokens): Auth => ({ token: tokens.accessToken });

/**
 * An RS256 JWT signed with any PEM key: the attacker's own key, or the emulator's for a well-signed but stale token.
 */
export function signJwt(payload: Record<string, unknown>, privateKeyPem: string, kid: string): string {
  const part = (v: object) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const unsigned = `${part({ alg: 'RS256', typ: 'JWT', kid })}.${part(payload)}`;
  const signature = createSign('RSA-SHA256').update(unsigned).sign(privateKeyPem).toString('base64url');
  return `${unsigned}.${signature}`;
}

export function attackerKey(): string {
  return generateKeyPairSync('rsa', { modulusLength: 2048 })
    .privateKey.export({ type: 'pkcs8', format: 'pem' })
    .toString();
}

/** cognito-local signs every token with the key it ships; tests use it to make a genuine but expired token. */
export function emulatorKey(): { pem: string; kid: string } {
  const file = require.resolve('cognito-local/lib/keys/cognitoLocal.private.json');
  const key = JSON.parse(readFileSync(file, 'utf8')) as { pem: string; jwk: { kid: string } };
  return { pem: key.pem, kid: key.jwk.kid };
}

export { claims as tokenClaims };

/** The errorTypes of a response (the simulator also reports the non-null field it could not fill, without a type). */
export const errorTypes = (res: GqlResponse<unknown>): string[] =>
  (res.errors ?? []).flatMap((e) => (e.errorType ? [e.errorType] : []));
