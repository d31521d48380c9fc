import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { checkPresigned } from './presigned-url';

const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
const s3 = new S3Client({
  region: 'us-east-1',
  endpoint: 'http://localhost:4568',
  forcePathStyle: true,
  credentials,
  requestChecksumCalculation: 'WHEN_REQUIRED',
});
const signed = new Set(['content-type', 'content-length']);

async function presigned(key: string) {
  const url = new URL(
    await getSignedUrl(
      s3,
      new PutObjectCommand({ Bucket: 'folio-images', Key: key, ContentType: 'image/png', ContentLength: 1000 }),
      { expiresIn: 300, signableHeaders: signed, unhoistableHeaders: signed },
    ),
  );
  return (headers: Record<string, string>, now?: Date) =>
    checkPresigned(
      { method: 'PUT', url: url.pathname + url.search, headers: { host: url.host, ...headers } },
      credentials,
      'us-east-1',
      now,
    );
}

describe('checkPresigned', () => {
  it('GIVEN the request the URL was signed for THEN it passes, keys with spaces included', async () => {
    for (const key of ['covers/a.png', 'covers/a b+c.png']) {
      expect(await (await presigned(key))({ 'content-type': 'image/png', 'content-length': '1000' })).toEqual({
        ok: true,
      });
    }
  });
  it('GIVEN another length or type THEN SignatureDoesNotMatch', async () => {
    const check = await presigned('covers/a.png');
    expect(await check({ 'content-type': 'image/png', 'content-length': '6291456' })).toMatchObject({
      ok: false,
      code: 'SignatureDoesNotMatch',
    });
    expect(await check({ 'content-type': 'text/plain', 'content-length': '1000' })).toMatchObject({
      ok: false,
      code: 'SignatureDoesNotMatch',
    });
    expect(await check({ 'content-length': '1000' })).toMatchObject({ ok: false, code: 'SignatureDoesNotMatch' });
  });
  it('GIVEN a time past its expiry THEN AccessDenied', async () => {
    const check = await presigned('covers/a.png');
    expect(
      await check({ 'content-type': 'image/png', 'content-length': '1000' }, new Date(Date.now() + 301_000)),
    ).toMatchObject({ ok: false, code: 'AccessDenied' });
  });
  it('GIVEN a signature by other credentials THEN it fails', async () => {
    const other = new S3Client({
      region: 'us-east-1',
      endpoint: 'http://localhost:4568',
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'guess' },
    });
    const url = new URL(
      await getSignedUrl(
        other,
        new PutObjectCommand({ Bucket: 'folio-images', Key: 'covers/x.png', ContentType: 'image/png' }),
        { signableHeaders: signed, unhoistableHeaders: signed },
      ),
    );
    expect(
      await checkPresigned(
        { method: 'PUT', url: url.pathname + url.search, headers: { host: url.host, 'content-type': 'image/png' } },
        credentials,
        'us-east-1',
      ),
    ).toMatchObject({ ok: false });
  });
});
