/**
 * Checks the SigV4 header signature of a request to the local Cognito endpoint, as AWS checks the IAM-signed
 * admin API: the key must be the stack's, the scope this region and service, the date within 5 minutes, and the
 * signature what those credentials give for the request as received (signed headers and body).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { SignatureV4 } from '@smithy/signature-v4';
import { Sha256 } from './node-sha256';

export interface Credentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
}

export interface SignedRequest {
  method: string;
  /** Path and query exactly as received. */
  url: string;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

export type SignatureCheck = { ok: true } | { ok: false; message: string };

const AUTHORIZATION = /^AWS4-HMAC-SHA256 Credential=([^,\s]+),\s*SignedHeaders=([^,\s]+),\s*Signature=([0-9a-f]{64})$/;
const MAX_SKEW_MS = 5 * 60 * 1000;

function parseAmzDate(value: string): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) return new Date(NaN);
  return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]));
}

const header = (request: SignedRequest, name: string): string | undefined => {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(',') : value;
};

export async function checkSignature(
  request: SignedRequest,
  expected: { credentials: Credentials; region: string; service: string },
  now = new Date(),
): Promise<SignatureCheck> {
  const auth = AUTHORIZATION.exec(header(request, 'authorization') ?? '');
  if (!auth) return { ok: false, message: 'The request is not signed with SigV4' };
  const [, credential, signedHeaderList, signature] = auth;
  const [accessKeyId, , region, service, terminator] = credential.split('/');
  if (accessKeyId !== expected.credentials.accessKeyId) return { ok: false, message: 'Unknown access key' };
  if (region !== expected.region || service !== expected.service || terminator !== 'aws4_request')
    return { ok: false, message: 'Credential scope does not match this endpoint' };
  const signedAt = parseAmzDate(header(request, 'x-amz-date') ?? '');
  if (Number.isNaN(signedAt.getTime()) || Math.abs(now.getTime() - signedAt.getTime()) > MAX_SKEW_MS)
    return { ok: false, message: 'Signature expired or not yet valid' };

  const signedHeaders = signedHeaderList.split(';');
  if (!signedHeaders.includes('host')) return { ok: false, message: 'The host header must be signed' };
  const headers: Record<string, string> = {};
  for (const name of signedHeaders) {
    const value = header(request, name);
    if (value === undefined) return { ok: false, message: `Signed header ${name} is missing` };
    headers[name] = value;
  }
  // The signer trusts a stated payload hash, so a stated one must be the body's.
  const statedHash = header(request, 'x-amz-content-sha256');
  if (statedHash !== undefined && statedHash !== createHash('sha256').update(request.body).digest('hex'))
    return { ok: false, message: 'The provided x-amz-content-sha256 header does not match what was computed' };
  const url = new URL(request.url, 'http://local');
  const signer = new SignatureV4({ credentials: expected.credentials, region, service, sha256: Sha256 });
  const signed = await signer.sign(
    {
      method: request.method,
      protocol: 'http:',
      hostname: headers.host,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers,
      body: request.body.toString('utf8'),
    },
    { signingDate: signedAt, signableHeaders: new Set(signedHeaders) },
  );
  const computed = /Signature=([0-9a-f]{64})/.exec(String(signed.headers.authorization ?? ''))?.[1] ?? '';
  return computed.length === signature.length && timingSafeEqual(Buffer.from(computed), Buffer.from(signature))
    ? { ok: true }
    : { ok: false, message: 'The request signature we calculated does not match the signature you provided' };
}
