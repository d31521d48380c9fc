/**
 * s3rver: the public image bucket. Anonymous GET under covers/ is public read; everything else needs a SigV4
 * signature made with the stack's credentials, in the Authorization header or a presigned URL.
 */
import { mkdirSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { listenHost } from '@folio/config';
import { checkPresigned, isPresigned } from './presigned-url';
import { checkSignedHeaders } from './signed-headers';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- s3rver ships no types
const S3rver = require('s3rver');

/** Browsers upload covers straight to the bucket from the apps' origins. */
const CORS = `<CORSConfiguration>
  <CORSRule>
    <AllowedOrigin>*</AllowedOrigin>
    <AllowedMethod>GET</AllowedMethod>
    <AllowedMethod>HEAD</AllowedMethod>
    <AllowedMethod>PUT</AllowedMethod>
    <AllowedHeader>*</AllowedHeader>
    <ExposeHeader>ETag</ExposeHeader>
    <MaxAgeSeconds>3000</MaxAgeSeconds>
  </CORSRule>
</CORSConfiguration>`;

export interface S3Server {
  stop(): Promise<void>;
}

export interface S3Options {
  port: number;
  dir: string;
  bucket: string;
  region: string;
  credentials: { accessKeyId: string; secretAccessKey: string };
  /** Private buckets besides the image bucket: each remote's releases (backend/releases/bucket.ts). */
  privateBuckets?: readonly string[];
}

function deny(res: ServerResponse, code: string, message: string): void {
  res.writeHead(403, { 'content-type': 'application/xml', 'access-control-allow-origin': '*' });
  res.end(`<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`);
}

/**
 * What AWS would decide before s3rver (which checks no SigV4) handles a request: presigned URLs and signed
 * headers must verify with the stack's credentials; anonymous callers may only read under covers/ (the bucket
 * policy).
 */
async function admit(req: IncomingMessage, opts: S3Options): Promise<{ code: string; message: string } | null> {
  const url = req.url ?? '/';
  // A browser's CORS preflight carries no signature (nor would AWS ask for one): let s3rver answer it.
  if (req.method === 'OPTIONS') return null;
  const request = { method: req.method ?? 'GET', url, headers: req.headers };
  if (isPresigned(url) || req.headers.authorization !== undefined) {
    const check = isPresigned(url)
      ? await checkPresigned(request, opts.credentials, opts.region)
      : await checkSignedHeaders(request, opts.credentials, opts.region);
    return check.ok ? null : check;
  }
  const publicRead = (req.method === 'GET' || req.method === 'HEAD') && url.startsWith(`/${opts.bucket}/covers/`);
  return publicRead ? null : { code: 'AccessDenied', message: 'Access Denied' };
}

export async function startS3(opts: S3Options): Promise<S3Server> {
  mkdirSync(opts.dir, { recursive: true });
  const s3rver = new S3rver({
    directory: opts.dir,
    silent: true,
    configureBuckets: [
      { name: opts.bucket, configs: [CORS] },
      ...(opts.privateBuckets ?? []).map((name) => ({ name, configs: [] })),
    ],
  });
  await s3rver.configureBuckets();
  const handle = s3rver.callback();
  const server = createServer((req, res) => {
    admit(req, opts)
      .then((refusal) => (refusal ? deny(res, refusal.code, refusal.message) : handle(req, res)))
      .catch(() => deny(res, 'AccessDenied', 'Access Denied'));
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(opts.port, listenHost(), resolve));
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
