jest.mock('../shared/aws', () => {
  const { S3Client } = jest.requireActual('@aws-sdk/client-s3');
  const client = new S3Client({
    region: 'us-east-1',
    endpoint: 'http://localhost:4568',
    forcePathStyle: true,
    credentials: { accessKeyId: 'AK', secretAccessKey: 'SK' },
  });
  return { s3: () => client };
});

import { handler } from './handler';

beforeEach(() =>
  Object.assign(process.env, { IMAGE_BUCKET: 'folio-images', IMAGE_PUBLIC_URL: 'http://localhost:4568/folio-images' }),
);

const call = (args: Record<string, unknown>) =>
  handler({ field: 'createCoverUpload', arguments: args, identity: { sub: 'a', groups: ['Admin'] } });

describe('createCoverUpload', () => {
  it('GIVEN a PNG with its length THEN a short-lived PUT URL under covers/ that signs type, length and If-None-Match', async () => {
    const { data } = (await call({ contentType: 'image/png', contentLength: 1234 })) as {
      data: { key: string; publicUrl: string; uploadUrl: string; headers: unknown };
    };
    expect(data.key).toMatch(/^covers\/[0-9a-f-]{36}\.png$/);
    expect(data.publicUrl).toBe(`http://localhost:4568/folio-images/${data.key}`);
    const url = new URL(data.uploadUrl);
    expect(url.pathname).toBe(`/folio-images/${data.key}`);
    expect(url.searchParams.get('X-Amz-Expires')).toBe('300');
    expect(url.searchParams.get('X-Amz-SignedHeaders')?.split(';')).toEqual(
      expect.arrayContaining(['content-length', 'content-type', 'host', 'if-none-match']),
    );
    expect(data.headers).toEqual([
      { name: 'Content-Type', value: 'image/png' },
      { name: 'If-None-Match', value: '*' },
    ]);
  });
  it.each(['image/jpeg', 'image/webp'])('accepts %s', async (contentType) => {
    expect(await call({ contentType, contentLength: 10 })).toHaveProperty('data');
  });
  it.each(['text/plain', 'image/svg+xml', 'image/gif', ''])('refuses %p with ValidationError', async (contentType) => {
    expect(await call({ contentType, contentLength: 10 })).toMatchObject({ error: { type: 'ValidationError' } });
  });
  it.each([undefined, null])(
    'GIVEN no contentLength (%p) THEN ValidationError: a URL without a length would take any size',
    async (contentLength) => {
      expect(await call({ contentType: 'image/png', contentLength })).toMatchObject({
        error: { type: 'ValidationError', info: { fields: { contentLength: expect.any(String) } } },
      });
    },
  );
  it('GIVEN two uploads of the same file THEN two different keys, each URL signed for its own key only', async () => {
    const urls = await Promise.all([1, 2].map(() => call({ contentType: 'image/png', contentLength: 99 })));
    const [a, b] = urls.map((r) => (r as { data: { key: string; uploadUrl: string } }).data);
    expect(a.key).not.toBe(b.key);
    expect(new URL(a.uploadUrl).pathname).toBe(`/folio-images/${a.key}`);
    expect(new URL(b.uploadUrl).pathname).toBe(`/folio-images/${b.key}`);
  });
  it.each([0, 5 * 1024 * 1024 + 1, 6 * 1024 * 1024, 1.5])('refuses a length of %p', async (contentLength) => {
    expect(await call({ contentType: 'image/png', contentLength })).toMatchObject({
      error: { type: 'ValidationError' },
    });
  });
});
