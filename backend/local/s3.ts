/**
 * s3rver: the public image bucket. Anonymous GET under covers/ is public read; everything else needs a SigV4
 * signature made with the stack's credentials, in the Authorization header or a presigned URL. A header-signed
 * body must match its signed SHA-256, and a PUT with `If-None-Match: *` never overwrites (S3's conditional write).
 */
import { mkdirSync } from 'node:fs';
import { createServer, IncomingMessage, type ServerResponse } from 'node:http';
import { listenHost } from '@folio/config';
import { checkPresigned, isPresigned } from './presigned-url';
import { checkSignedHeaders } from './signed-headers';
import { checkPayload, payloadMode } from './signed-payload';
import { readBody } from './read-body';
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

/** S3 takes up to 5 GB in one PUT; the stack's own uploads are covers of at most 5 MB. */
const MAX_SIGNED_BODY_BYTES = 64 * 1024 * 1024;

interface Refusal {
  status?: number;
  code: string;
  message: string;
}

function deny(res: ServerResponse, { status = 403, code, message }: Refusal): void {
  res.writeHead(status, { 'content-type': 'application/xml', 'access-control-allow-origin': '*' });
  res.end(`<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`);
}

/** The request again with its body already read, for s3rver, which reads the body from the request stream. */
function withBody(req: IncomingMessage, body: Buffer): IncomingMessage {
  const copy = new IncomingMessage(req.socket);
  Object.assign(copy, {
    method: req.method,
    url: req.url,
    headers: req.headers,
    rawHeaders: req.rawHeaders,
    httpVersion: req.httpVersion,
    httpVersionMajor: req.httpVersionMajor,
    httpVersionMinor: req.httpVersionMinor,
    // Else Node takes the copy for an aborted request once it is read, and destroys the shared socket.
    complete: true,
  });
  copy.push(body);
  copy.push(null);
  return copy;
}

/**
 * The body of a header-signed request, checked against its signed x-amz-content-sha256 (presigned URLs sign no
 * payload, as on S3): the request to hand on, or the refusal.
 */
async function verifiedBody(req: IncomingMessage): Promise<IncomingMessage | Refusal> {
  if (isPresigned(req.url ?? '/') || req.headers.authorization === undefined) return req;
  const header = req.headers['x-amz-content-sha256'];
  const mode = payloadMode(header);
  if (!mode.ok || mode.verify === 'none') return mode.ok ? req : mode;
  const body = await readBody(req, { maxBytes: MAX_SIGNED_BODY_BYTES });
  if (body === 'too-large' || body === 'too-slow')
    return { status: 400, code: 'EntityTooLarge', message: 'Your proposed upload exceeds the maximum allowed size' };
  const check = checkPayload(String(header), body);
  return check.ok ? withBody(req, body) : check;
}

interface ObjectStore {
  existsObject(bucket: string, key: string): Promise<boolean>;
}

/**
 * S3's conditional write, which s3rver lacks: a PUT with `If-None-Match: *` fails with 412 if the key exists, and
 * with 409 while another conditional PUT of that key is under way. createCoverUpload signs this header into every
 * upload URL, so a replayed URL cannot overwrite the cover it wrote. Resolves to a release once the write may go on.
 */
function conditionalWrites(store: ObjectStore) {
  const writing = new Set<string>();
  return async (req: IncomingMessage): Promise<Refusal | (() => void)> => {
    const none = () => undefined;
    if (req.method !== 'PUT' || req.headers['if-none-match'] !== '*') return none;
    const [bucket, ...rest] = new URL(req.url ?? '/', 'http://x').pathname.slice(1).split('/');
    const key = decodeURIComponent(rest.join('/'));
    const id = `${bucket}/${key}`;
    if (writing.has(id))
      return {
        status: 409,
        code: 'ConditionalRequestConflict',
        message: 'A conflicting conditional operation is currently in progress against this resource.',
      };
    writing.add(id);
    if (await store.existsObject(bucket, key)) {
      writing.delete(id);
      return {
        status: 412,
        code: 'PreconditionFailed',
        message: 'At least one of the pre-conditions you specified did not hold',
      };
    }
    return () => writing.delete(id);
  };
}

/**
 * What AWS would decide before s3rver (which checks no SigV4) handles a request: presigned URLs and signed
 * headers must verify with the stack's credentials; anonymous callers may only read under covers/ (the bucket
 * policy).
 */
async function admit(req: IncomingMessage, opts: S3Options): Promise<Refusal | null> {
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
  const conditional = conditionalWrites(s3rver.store as ObjectStore);
  const serve = async (req: IncomingMessage, res: ServerResponse) => {
    const refusal = await admit(req, opts);
    if (refusal) return deny(res, refusal);
    const request = await verifiedBody(req);
    if (!(request instanceof IncomingMessage)) return deny(res, request);
    const release = await conditional(request);
    if (typeof release !== 'function') return deny(res, release);
    res.once('close', release);
    handle(request, res);
  };
  const server = createServer((req, res) => {
    serve(req, res).catch(() => deny(res, { code: 'AccessDenied', message: 'Access Denied' }));
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
