/** nextToken ⇄ DynamoDB LastEvaluatedKey, opaque to clients and checked on the way back in. */
import { AppError } from './result';

export function encodePageToken(key: Record<string, unknown> | undefined): string | null {
  return key ? Buffer.from(JSON.stringify(key)).toString('base64url') : null;
}

export function decodePageToken(token: unknown, keyNames: readonly string[]): Record<string, string> | undefined {
  if (token === undefined || token === null) return undefined;
  try {
    const key = JSON.parse(Buffer.from(String(token), 'base64url').toString('utf8'));
    const names = Object.keys(key).sort();
    if (names.join() === [...keyNames].sort().join() && names.every((n) => typeof key[n] === 'string')) return key;
  } catch {
    // fall through to the error below
  }
  throw new AppError('ValidationError', 'nextToken is not valid; start again without it', {
    fields: { nextToken: 'invalid' },
  });
}

export const PAGE = { defaultLimit: 24, maxLimit: 100 } as const;

export function pageLimit(limit: unknown): number {
  if (limit === undefined || limit === null) return PAGE.defaultLimit;
  if (!Number.isInteger(limit) || (limit as number) < 1 || (limit as number) > PAGE.maxLimit) {
    throw new AppError('ValidationError', `limit must be from 1 to ${PAGE.maxLimit}`, {
      fields: { limit: 'out of range' },
    });
  }
  return limit as number;
}
