/**
 * SigV4 checks for requests signed in the Authorization header (the SDK's own calls), which s3rver skips: the
 * signature must be what the stack's credentials produce for the request as received, and the signing time
 * within 15 minutes of now, as S3 demands. Without this, any "Authorization: AWS4-HMAC-SHA256 ..." header
 * would list, write and delete anything in the bucket.
 *
 * The payload hash is taken from x-amz-content-sha256 as signed; s3.ts then checks the body against it
 * (signed-payload.ts), so a valid signature replayed within its 15 minutes cannot carry another body.
 */
import { timingSafeEqual } from 'node:crypto';
import { SignatureV4 } from '@smithy/signature-v4';
import { Sha256 } from './node-sha256';
import type { PresignedCheck, PresignedRequest } from './presigned-url';

const ALGORITHM = 'AWS4-HMAC-SHA256';
const MAX_SKEW_MS = 15 * 60 * 1000;

const refuse = (code: 'AccessDenied' | 'SignatureDoesNotMatch', message: string): PresignedCheck => ({
  ok: false,
  code,
  message,
});

/**
 * Reads `AWS4-HMAC-SHA256 Credential=AKID/20240101/us-east-1/s3/aws4_request, SignedHeaders=host;x-amz-date,
 * Signature=…`; null if it is not that shape.
 */
export function parseAuthorization(
  header: string,
): { accessKeyId: string; scope: string[]; signedHeaders: string[]; signature: string } | null {
  if (!header.startsWith(`${ALGORITHM} `)) return null;
  const fields = new Map<string, string>();
  for (const part of header.slice(ALGORITHM.length + 1).split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) fields.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const [accessKeyId, ...scope] = (fields.get('Credential') ?? '').split('/');
  const signedHeaders = (fields.get('SignedHeaders') ?? '').split(';').filter(Boolean);
  const signature = fields.get('Signature') ?? '';
  if (!accessKeyId || scope.length !== 4 || !signedHeaders.length || !/^[0-9a-f]{64}$/.test(signature)) return null;
  return { accessKeyId, scope, signedHeaders, signature };
}

function parseAmzDate(value: string): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) return new Date(NaN);
  return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]));
}

const headerValue = (value: string | string[] | undefined) => (Array.isArray(value) ? value.join(',') : value);

export async function checkSignedHeaders(
  request: PresignedRequest,
  credentials: { accessKeyId: string; secretAccessKey: string },
  region: string,
  now = new Date(),
): Promise<PresignedCheck> {
  const auth = parseAuthorization(headerValue(request.headers.authorization) ?? '');
  if (!auth) return refuse('AccessDenied', 'Malformed Authorization header');
  if (auth.accessKeyId !== credentials.accessKeyId)
    return refuse('AccessDenied', 'The AWS Access Key Id you provided does not exist in our records.');
  const [day, signedRegion, service] = auth.scope;
  if (signedRegion !== region || service !== 's3') return refuse('AccessDenied', 'Wrong credential scope');
  // S3 requires both: the host ties the signature to this endpoint, the date bounds its replay.
  if (!auth.signedHeaders.includes('host') || !auth.signedHeaders.includes('x-amz-date'))
    return refuse('AccessDenied', 'host and x-amz-date must be signed');
  const amzDate = headerValue(request.headers['x-amz-date']) ?? '';
  const signedAt = parseAmzDate(amzDate);
  if (Number.isNaN(signedAt.getTime()) || !amzDate.startsWith(day))
    return refuse('AccessDenied', 'Malformed x-amz-date');
  if (Math.abs(now.getTime() - signedAt.getTime()) > MAX_SKEW_MS)
    return refuse('AccessDenied', 'The difference between the request time and the current time is too large.');

  const headers: Record<string, string> = {};
  for (const name of auth.signedHeaders) {
    const value = headerValue(request.headers[name]);
    if (value === undefined) return refuse('SignatureDoesNotMatch', `Signed header ${name} is missing`);
    headers[name] = value;
  }
  const url = new URL(request.url, `http://${headers.host}`);
  const query: Record<string, string | string[]> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(key);
    query[key] = values.length === 1 ? values[0] : values;
  }
  const signer = new SignatureV4({
    credentials,
    region,
    service: 's3',
    sha256: Sha256,
    // S3 signs the path as sent (already encoded once) and the payload hash from x-amz-content-sha256.
    uriEscapePath: false,
    applyChecksum: false,
  });
  const signed = await signer.sign(
    { method: request.method, protocol: 'http:', hostname: url.hostname, path: url.pathname, query, headers },
    { signingDate: signedAt, signableHeaders: new Set(auth.signedHeaders) },
  );
  const expected = parseAuthorization(headerValue(signed.headers.authorization) ?? '')?.signature ?? '';
  return expected.length === auth.signature.length &&
    timingSafeEqual(Buffer.from(expected), Buffer.from(auth.signature))
    ? { ok: true }
    : refuse('SignatureDoesNotMatch', 'The request signature we calculated does not match the signature you provided');
}
