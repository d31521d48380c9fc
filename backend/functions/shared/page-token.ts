/**
 * nextToken ⇄ DynamoDB LastEvaluatedKey, opaque to clients and checked on the way back in: sealed with
 * AES-256-GCM under a per-stack secret, so a client can neither read the key (a customer id, a title) nor
 * alter it, and bound to the query it came from (`context`), so a token is no use to another query.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { optionalEnv } from './env';
import { AppError } from './result';

/** The message every page-token refusal carries, on all three paged fields. */
export const INVALID_PAGE_TOKEN = 'The page token is not valid';

const IV_BYTES = 12;
const TAG_BYTES = 16;
const aesKey = (secret: string) => createHash('sha256').update(secret).digest();

/** `plain` encrypted and authenticated under `secret`, with `context` bound to it (not stored in it). */
export function sealPageToken(plain: string, secret: string, context: string): string {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', aesKey(secret), iv);
  cipher.setAAD(Buffer.from(context));
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url');
}

/** What sealPageToken sealed, or null for anything else: garbage, altered, another secret or context. */
export function openPageToken(token: string, secret: string, context: string): string | null {
  const raw = Buffer.from(token, 'base64url');
  if (raw.length <= IV_BYTES + TAG_BYTES || raw.toString('base64url') !== token) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', aesKey(secret), raw.subarray(0, IV_BYTES));
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}

let secret: Promise<string> | undefined;

/**
 * The key that seals searchBooks' tokens: PAGE_TOKEN_SECRET locally (the stack's, per process), on AWS the
 * generated Secrets Manager secret PAGE_TOKEN_SECRET_NAME names, read once per container.
 */
function pageTokenSecret(): Promise<string> {
  secret ??= (async () => {
    const direct = optionalEnv('PAGE_TOKEN_SECRET');
    if (direct) return direct;
    const name = optionalEnv('PAGE_TOKEN_SECRET_NAME');
    if (!name) throw new Error('Set PAGE_TOKEN_SECRET_NAME (Secrets Manager) or PAGE_TOKEN_SECRET');
    const { SecretsManagerClient, GetSecretValueCommand } = await import('@aws-sdk/client-secrets-manager');
    const out = await new SecretsManagerClient({}).send(new GetSecretValueCommand({ SecretId: name }));
    if (!out.SecretString) throw new Error(`Secret ${name} is empty`);
    return out.SecretString;
  })();
  secret.catch(() => {
    secret = undefined;
  });
  return secret;
}

const invalidToken = () =>
  new AppError('ValidationError', INVALID_PAGE_TOKEN, { fields: { nextToken: INVALID_PAGE_TOKEN } });

/** A LastEvaluatedKey as a sealed nextToken for the query `context` names; null when there is no next page. */
export async function encodePageToken(
  key: Record<string, unknown> | undefined,
  context: string,
): Promise<string | null> {
  return key ? sealPageToken(JSON.stringify(key), await pageTokenSecret(), context) : null;
}

/** The key a nextToken from encodePageToken sealed for this `context`; a ValidationError for any other token. */
export async function decodePageToken(
  token: unknown,
  keyNames: readonly string[],
  context: string,
): Promise<Record<string, string> | undefined> {
  if (token === undefined || token === null) return undefined;
  const plain = typeof token === 'string' ? openPageToken(token, await pageTokenSecret(), context) : null;
  if (plain === null) throw invalidToken();
  const key = JSON.parse(plain);
  const names = Object.keys(key).sort();
  // Sealed by us, so this holds; checked anyway, since the key goes straight to DynamoDB.
  if (names.join() !== [...keyNames].sort().join() || !names.every((n) => typeof key[n] === 'string'))
    throw invalidToken();
  return key;
}

export const PAGE = { defaultLimit: 24, maxLimit: 100 } as const;

export function pageLimit(limit: unknown, defaultLimit: number = PAGE.defaultLimit): number {
  if (limit === undefined || limit === null) return defaultLimit;
  if (!Number.isInteger(limit) || (limit as number) < 1 || (limit as number) > PAGE.maxLimit) {
    throw new AppError('ValidationError', `limit must be from 1 to ${PAGE.maxLimit}`, {
      fields: { limit: 'out of range' },
    });
  }
  return limit as number;
}
