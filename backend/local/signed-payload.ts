/**
 * The payload half of a SigV4 header signature, which s3rver skips: the signature covers x-amz-content-sha256, and
 * S3 then checks that header against the body it received. Without this, a signed request captured on the loopback
 * could be replayed within its 15 minutes carrying another body.
 */
import { createHash } from 'node:crypto';

export const UNSIGNED_PAYLOAD = 'UNSIGNED-PAYLOAD';

export type PayloadCheck =
  | { ok: true; verify: 'none' | 'hash' }
  | {
      ok: false;
      status: number;
      code: 'InvalidRequest' | 'NotImplemented' | 'XAmzContentSHA256Mismatch';
      message: string;
    };

/** What the header asks for, before the body is read: a hash to check, none (unsigned, as S3 allows), or a refusal. */
export function payloadMode(header: string | string[] | undefined): PayloadCheck {
  const value = Array.isArray(header) ? header.join(',') : header;
  if (value === undefined)
    return {
      ok: false,
      status: 400,
      code: 'InvalidRequest',
      message: 'Missing required header for this request: x-amz-content-sha256',
    };
  if (value === UNSIGNED_PAYLOAD) return { ok: true, verify: 'none' };
  if (/^[0-9a-f]{64}$/.test(value)) return { ok: true, verify: 'hash' };
  // aws-chunked bodies (STREAMING-…): s3rver cannot store them, so none is taken rather than one stored wrong.
  return { ok: false, status: 501, code: 'NotImplemented', message: `The local S3 does not take ${value} bodies` };
}

/** The body's SHA-256 against the signed header, as S3 compares them. */
export function checkPayload(header: string, body: Buffer): PayloadCheck {
  const actual = createHash('sha256').update(body).digest('hex');
  return actual === header
    ? { ok: true, verify: 'hash' }
    : {
        ok: false,
        status: 400,
        code: 'XAmzContentSHA256Mismatch',
        message: "The provided 'x-amz-content-sha256' header does not match what was computed.",
      };
}
