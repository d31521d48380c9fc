/**
 * SigV4 checks for presigned S3 URLs, which s3rver skips: the signature must match what our credentials
 * produce for the request as received (signed headers such as content-type and content-length included),
 * and the URL must not have expired. This is what makes S3 refuse an upload of another type or size.
 */
import { SignatureV4 } from '@smithy/signature-v4';
import { Sha256 } from './node-sha256';

export interface PresignedRequest {
  method: string;
  /** Path and query exactly as received. */
  url: string;
  headers: Record<string, string | string[] | undefined>;
}

export type PresignedCheck =
  { ok: true } | { ok: false; code: 'AccessDenied' | 'SignatureDoesNotMatch'; message: string };

const AUTH_PARAMS = [
  'X-Amz-Algorithm',
  'X-Amz-Credential',
  'X-Amz-Date',
  'X-Amz-Expires',
  'X-Amz-SignedHeaders',
  'X-Amz-Signature',
  'X-Amz-Security-Token',
];

const PAYLOAD_HEADER = 'x-amz-content-sha256';

export const isPresigned = (url: string) => new URL(url, 'http://x').searchParams.has('X-Amz-Signature');

function parseAmzDate(value: string): Date {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!m) return new Date(NaN);
  return new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5], +m[6]));
}

export async function checkPresigned(
  request: PresignedRequest,
  credentials: { accessKeyId: string; secretAccessKey: string },
  region: string,
  now = new Date(),
): Promise<PresignedCheck> {
  const url = new URL(request.url, `http://${request.headers.host}`);
  const q = url.searchParams;
  const [accessKeyId] = (q.get('X-Amz-Credential') ?? '').split('/');
  if (accessKeyId !== credentials.accessKeyId)
    return { ok: false, code: 'AccessDenied', message: 'Unknown access key' };
  const signedAt = parseAmzDate(q.get('X-Amz-Date') ?? '');
  const expiresIn = Number(q.get('X-Amz-Expires'));
  if (Number.isNaN(signedAt.getTime()) || !Number.isInteger(expiresIn))
    return { ok: false, code: 'AccessDenied', message: 'Malformed presigned URL' };
  if (now.getTime() > signedAt.getTime() + expiresIn * 1000)
    return { ok: false, code: 'AccessDenied', message: 'Request has expired' };

  const signedHeaders = (q.get('X-Amz-SignedHeaders') ?? '').split(';').filter(Boolean);
  const headers: Record<string, string> = {};
  for (const name of signedHeaders) {
    const value = request.headers[name];
    if (value === undefined)
      return { ok: false, code: 'SignatureDoesNotMatch', message: `Signed header ${name} is missing` };
    headers[name] = Array.isArray(value) ? value.join(',') : value;
  }
  const query: Record<string, string> = {};
  for (const [key, value] of q) if (!AUTH_PARAMS.includes(key)) query[key] = value;
  const signer = new SignatureV4({
    credentials,
    region,
    service: 's3',
    sha256: Sha256,
    uriEscapePath: false,
    applyChecksum: false,
  });
  const expected = await signer.presign(
    {
      method: request.method,
      protocol: 'http:',
      hostname: url.hostname,
      port: url.port ? Number(url.port) : undefined,
      path: url.pathname,
      query,
      // Tells the signer the payload is unsigned; it already stands in the query, so neither sign nor hoist it.
      headers: { ...headers, [PAYLOAD_HEADER]: 'UNSIGNED-PAYLOAD' },
    },
    {
      signingDate: signedAt,
      expiresIn,
      signableHeaders: new Set(signedHeaders),
      unsignableHeaders: new Set([PAYLOAD_HEADER]),
      unhoistableHeaders: new Set([...signedHeaders, PAYLOAD_HEADER]),
    },
  );
  return expected.query?.['X-Amz-Signature'] === q.get('X-Amz-Signature')
    ? { ok: true }
    : {
        ok: false,
        code: 'SignatureDoesNotMatch',
        message: 'The request signature we calculated does not match the signature you provided',
      };
}
