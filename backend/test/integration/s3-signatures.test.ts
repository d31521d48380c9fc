/**
 * The local S3 checks every SigV4 signature, as S3 does: over HTTP against the running s3rver, a request signed
 * with anything but the stack's credentials is refused, and anonymous callers only read covers/.
 */
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { createHash } from 'node:crypto';
import { SignatureV4 } from '@smithy/signature-v4';
import { NAMES } from '@folio/config';
import { S3_CREDENTIALS } from '../../local/config';
import { Sha256 } from '../../local/node-sha256';
import { stackInfo } from './stack-info';

jest.setTimeout(60_000);

const { s3Url, region } = stackInfo();
const bucket = NAMES.imageBucket;
const client = (credentials: { accessKeyId: string; secretAccessKey: string }) =>
  new S3Client({ endpoint: s3Url, region, forcePathStyle: true, credentials, maxAttempts: 1 });
const stack = client(S3_CREDENTIALS);
/** The stack's access key with a guessed secret: a well-formed header whose signature cannot verify. */
const forger = client({ accessKeyId: S3_CREDENTIALS.accessKeyId, secretAccessKey: 'guessed' });

afterAll(() => {
  stack.destroy();
  forger.destroy();
});

const refusal = async (attempt: Promise<unknown>) => {
  const error = await attempt.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof S3ServiceException)) throw new Error(`expected S3 to refuse, got ${String(error)}`);
  return { status: error.$metadata.httpStatusCode, code: error.name };
};
const forbidden = { status: 403, code: 'SignatureDoesNotMatch' };

/** An Authorization header typed by hand: the shape of a SigV4 one, no real signature behind it. */
const handForged = () => {
  const now = new Date().toISOString().replace(/[-:]|\.\d+/g, '');
  return {
    authorization:
      `AWS4-HMAC-SHA256 Credential=${S3_CREDENTIALS.accessKeyId}/${now.slice(0, 8)}/${region}/s3/aws4_request, ` +
      `SignedHeaders=host;x-amz-date, Signature=${'a'.repeat(64)}`,
    'x-amz-date': now,
    'x-amz-content-sha256': 'UNSIGNED-PAYLOAD',
  };
};

describe('local S3 signatures', () => {
  it('GIVEN a forged Authorization header THEN listing the bucket is 403 SignatureDoesNotMatch', async () => {
    expect(await refusal(forger.send(new ListObjectsV2Command({ Bucket: bucket })))).toEqual(forbidden);
    const res = await fetch(`${s3Url}/${bucket}?list-type=2`, { headers: handForged() });
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('<Code>SignatureDoesNotMatch</Code>');
  });

  it('GIVEN a forged Authorization header THEN covers/x.html is not written and not served', async () => {
    const put = new PutObjectCommand({ Bucket: bucket, Key: 'covers/x.html', Body: '<script>1</script>' });
    expect(await refusal(forger.send(put))).toEqual(forbidden);
    const res = await fetch(`${s3Url}/${bucket}/covers/x.html`, {
      method: 'PUT',
      headers: { ...handForged(), 'content-type': 'text/html' },
      body: '<script>1</script>',
    });
    expect(res.status).toBe(403);
    expect((await fetch(`${s3Url}/${bucket}/covers/x.html`)).status).toBe(404);
  });

  it('GIVEN a forged Authorization header THEN nothing outside covers/ is written or deleted', async () => {
    await stack.send(new PutObjectCommand({ Bucket: bucket, Key: 'private/keep.txt', Body: 'kept' }));
    const write = new PutObjectCommand({ Bucket: bucket, Key: 'private/new.txt', Body: 'x' });
    expect(await refusal(forger.send(write))).toEqual(forbidden);
    const remove = new DeleteObjectCommand({ Bucket: bucket, Key: 'private/keep.txt' });
    expect(await refusal(forger.send(remove))).toEqual(forbidden);
    const raw = await fetch(`${s3Url}/${bucket}/private/keep.txt`, { method: 'DELETE', headers: handForged() });
    expect(raw.status).toBe(403);
    await expect(stack.send(new HeadObjectCommand({ Bucket: bucket, Key: 'private/keep.txt' }))).resolves.toBeTruthy();
    expect(await refusal(stack.send(new HeadObjectCommand({ Bucket: bucket, Key: 'private/new.txt' })))).toEqual({
      status: 404,
      code: 'NotFound',
    });
  });

  it('GIVEN no signature THEN only GET under covers/ is allowed', async () => {
    expect((await fetch(`${s3Url}/${bucket}/private/keep.txt`)).status).toBe(403);
    expect((await fetch(`${s3Url}/${bucket}?list-type=2`)).status).toBe(403);
    expect((await fetch(`${s3Url}/${bucket}/covers/y.png`, { method: 'PUT', body: 'x' })).status).toBe(403);
    const listed = await stack.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: 'covers/' }));
    const cover = listed.Contents?.[0]?.Key;
    expect(cover).toBeDefined();
    expect((await fetch(`${s3Url}/${bucket}/${cover}`)).status).toBe(200);
  });

  it("GIVEN the stack's own credentials THEN its SDK lists, writes and deletes as before", async () => {
    await stack.send(new PutObjectCommand({ Bucket: bucket, Key: 'covers/own test.png', Body: 'png' }));
    const listed = await stack.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: 'covers/own' }));
    expect(listed.Contents?.map((o) => o.Key)).toEqual(['covers/own test.png']);
    await stack.send(new DeleteObjectCommand({ Bucket: bucket, Key: 'covers/own test.png' }));
    await stack.send(new DeleteObjectCommand({ Bucket: bucket, Key: 'private/keep.txt' }));
  });

  it('GIVEN a PUT signed for one body WHEN sent with another THEN 400 XAmzContentSHA256Mismatch and nothing stored; with its own body THEN stored', async () => {
    const key = `private/payload-${Date.now()}.txt`;
    const url = new URL(`${s3Url}/${bucket}/${key}`);
    const signed = await new SignatureV4({
      credentials: S3_CREDENTIALS,
      region,
      service: 's3',
      sha256: Sha256,
      uriEscapePath: false,
      applyChecksum: false,
    }).sign({
      method: 'PUT',
      protocol: 'http:',
      hostname: url.hostname,
      port: Number(url.port),
      path: url.pathname,
      headers: {
        host: url.host,
        'x-amz-content-sha256': createHash('sha256').update('signed body').digest('hex'),
      },
    });
    const send = (body: string) =>
      fetch(url, { method: 'PUT', headers: signed.headers as Record<string, string>, body });

    const swapped = await send('another body');
    expect(swapped.status).toBe(400);
    expect(await swapped.text()).toContain('<Code>XAmzContentSHA256Mismatch</Code>');
    expect(await refusal(stack.send(new HeadObjectCommand({ Bucket: bucket, Key: key })))).toEqual({
      status: 404,
      code: 'NotFound',
    });

    expect((await send('signed body')).status).toBe(200);
    const stored = await stack.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    expect(await stored.Body?.transformToString()).toBe('signed body');
    await stack.send(new DeleteObjectCommand({ Bucket: bucket, Key: key }));
  });
});
