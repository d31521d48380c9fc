import { DeleteObjectCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { PresignedRequest } from './presigned-url';
import { checkSignedHeaders } from './signed-headers';

/** The parts of the SDK's outgoing request (@smithy/protocol-http's HttpRequest) the check reads. */
interface HttpRequest {
  method: string;
  hostname: string;
  port?: number;
  path: string;
  query?: Record<string, string | string[] | null>;
  headers: Record<string, string>;
}

const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

/** The request the real SDK would send (signed in its Authorization header), caught before it leaves. */
async function sdkRequest(send: (s3: S3Client) => Promise<unknown>, creds = credentials): Promise<HttpRequest> {
  let caught: HttpRequest | undefined;
  const s3 = new S3Client({
    region: 'us-east-1',
    endpoint: 'http://localhost:4568',
    forcePathStyle: true,
    credentials: creds,
    maxAttempts: 1,
    requestHandler: {
      handle: async (request: HttpRequest) => {
        caught = request;
        throw new Error('caught');
      },
    },
  });
  await send(s3).catch(() => undefined);
  s3.destroy();
  if (!caught) throw new Error('the SDK sent nothing');
  return caught;
}

const asReceived = (
  r: HttpRequest,
  change: { path?: string; headers?: Record<string, string> } = {},
): PresignedRequest => {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(r.query ?? {}))
    for (const x of [v ?? ''].flat()) query.append(k, String(x ?? ''));
  const search = query.size ? `?${query.toString().replace(/\+/g, '%20')}` : '';
  const headers: Record<string, string> = Object.fromEntries(
    Object.entries(r.headers).map(([k, v]) => [k.toLowerCase(), v]),
  );
  return {
    method: r.method,
    url: (change.path ?? r.path) + search,
    headers: { ...headers, host: `${r.hostname}:${r.port}`, ...change.headers },
  };
};

const check = (request: PresignedRequest, now?: Date) => checkSignedHeaders(request, credentials, 'us-east-1', now);

describe('checkSignedHeaders', () => {
  it('GIVEN the SDK signed a list, a put of a key with spaces, a delete THEN each passes', async () => {
    for (const send of [
      (s3: S3Client) => s3.send(new ListObjectsV2Command({ Bucket: 'folio-images', Prefix: 'covers/' })),
      (s3: S3Client) =>
        s3.send(
          new PutObjectCommand({
            Bucket: 'folio-images',
            Key: 'covers/a b+c.png',
            Body: 'x',
            ContentType: 'image/png',
          }),
        ),
      (s3: S3Client) => s3.send(new DeleteObjectCommand({ Bucket: 'folio-images', Key: 'orders/1' })),
    ]) {
      expect(await check(asReceived(await sdkRequest(send)))).toEqual({ ok: true });
    }
  });

  it('GIVEN a forged signature, another path or another signed header value THEN SignatureDoesNotMatch', async () => {
    const put = await sdkRequest((s3) =>
      s3.send(new PutObjectCommand({ Bucket: 'folio-images', Key: 'covers/a.png', Body: 'x' })),
    );
    const forged = asReceived(put, {
      headers: { authorization: put.headers.authorization.replace(/Signature=\w+/, `Signature=${'0'.repeat(64)}`) },
    });
    expect(await check(forged)).toMatchObject({ ok: false, code: 'SignatureDoesNotMatch' });
    expect(await check(asReceived(put, { path: '/folio-images/covers/x.html' }))).toMatchObject({
      ok: false,
      code: 'SignatureDoesNotMatch',
    });
    expect(await check(asReceived(put, { headers: { 'x-amz-content-sha256': 'UNSIGNED-PAYLOAD' } }))).toMatchObject({
      ok: false,
      code: 'SignatureDoesNotMatch',
    });
  });

  it('GIVEN another access key, a malformed header or a signing time 16 minutes off THEN AccessDenied', async () => {
    const list = (s3: S3Client) => s3.send(new ListObjectsV2Command({ Bucket: 'folio-images' }));
    const other = await sdkRequest(list, { accessKeyId: 'SOMEONE', secretAccessKey: 'S3RVER' });
    expect(await check(asReceived(other))).toMatchObject({ ok: false, code: 'AccessDenied' });
    const mine = asReceived(await sdkRequest(list));
    expect(await check({ ...mine, headers: { ...mine.headers, authorization: 'AWS4-HMAC-SHA256 x' } })).toMatchObject({
      ok: false,
      code: 'AccessDenied',
    });
    expect(await check(mine, new Date(Date.now() + 16 * 60_000))).toMatchObject({ ok: false, code: 'AccessDenied' });
  });
});
