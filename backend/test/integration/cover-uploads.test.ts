/**
 * Cover uploads over HTTP against the local S3: every presigned PUT is for one new random key and carries its
 * length, and a book takes only a stored object that is an image of an allowed type and size.
 */
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { randomUUID } from 'node:crypto';
import { S3_CREDENTIALS } from '../../local/config';
import { errorTypes, gql, ok, type GqlResponse } from './client';
import { admin, CREATE_BOOK, CREATE_COVER_UPLOAD, GET_BOOK, makeBook, UPDATE_BOOK } from './fixtures';
import { stackInfo } from './stack-info';

jest.setTimeout(90_000);

const headersOf = (upload: { headers: { name: string; value: string }[] }) =>
  Object.fromEntries(upload.headers.map((h) => [h.name, h.value]));
const fieldsOf = (res: GqlResponse<unknown>) => res.errors?.find((e) => e.errorType)?.errorInfo?.fields ?? {};
const bookInput = (coverKey: string) => ({
  title: `Cover ${randomUUID().slice(0, 6)}`,
  author: 'A',
  genre: 'poetry',
  priceCents: 100,
  stock: 1,
  coverKey,
});

/** Writes an object the way only the stack itself can (its own S3 credentials): what no presigned URL allows. */
async function writeDirectly(key: string, body: Buffer, contentType: string): Promise<void> {
  const images = new URL(stackInfo().imagesUrl);
  const bucket = images.pathname.replace(/^\/|\/$/g, '');
  const client = new S3Client({
    region: stackInfo().region,
    endpoint: images.origin,
    forcePathStyle: true,
    credentials: S3_CREDENTIALS,
  });
  await client.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body, ContentType: contentType }));
  client.destroy();
}

describe('createCoverUpload', () => {
  it('GIVEN no contentLength THEN ValidationError, and no URL that would take a body of any size', async () => {
    const res = await gql(CREATE_COVER_UPLOAD, { contentType: 'image/png' }, await admin());
    expect(errorTypes(res)).toEqual(['ValidationError']);
    expect(fieldsOf(res)).toHaveProperty('contentLength');
  });

  it('GIVEN two uploads THEN two keys, and one URL cannot write the other key (a replay cannot overwrite)', async () => {
    const auth = await admin();
    const vars = { contentType: 'image/png', contentLength: 10 };
    const [a, b] = (await Promise.all([ok(CREATE_COVER_UPLOAD, vars, auth), ok(CREATE_COVER_UPLOAD, vars, auth)])).map(
      (r) => r.createCoverUpload,
    );
    expect(a.key).not.toBe(b.key);
    const aUrl = new URL(a.uploadUrl);
    const redirected = new URL(b.uploadUrl);
    redirected.search = aUrl.search; // a's signature, b's key
    const put = await fetch(redirected, { method: 'PUT', headers: headersOf(a), body: Buffer.alloc(10, 1) });
    expect(put.status).toBe(403);
    expect((await fetch(b.publicUrl)).status).toBe(404);
  });
});

describe('a used upload URL', () => {
  it('GIVEN an upload URL used once WHEN replayed THEN 412 PreconditionFailed and the cover is unchanged', async () => {
    const upload = (await ok(CREATE_COVER_UPLOAD, { contentType: 'image/png', contentLength: 10 }, await admin()))
      .createCoverUpload;
    const put = (fill: number) =>
      fetch(upload.uploadUrl, { method: 'PUT', headers: headersOf(upload), body: Buffer.alloc(10, fill) });
    expect((await put(1)).status).toBe(200);

    const replay = await put(2);
    expect(replay.status).toBe(412);
    expect(await replay.text()).toContain('<Code>PreconditionFailed</Code>');
    expect(Buffer.from(await (await fetch(upload.publicUrl)).arrayBuffer())).toEqual(Buffer.alloc(10, 1));
  });

  it('GIVEN an upload URL WHEN sent without its If-None-Match header THEN 403 (the header is signed)', async () => {
    const upload = (await ok(CREATE_COVER_UPLOAD, { contentType: 'image/png', contentLength: 10 }, await admin()))
      .createCoverUpload;
    const headers = Object.fromEntries(
      upload.headers.filter((h) => h.name !== 'If-None-Match').map((h) => [h.name, h.value]),
    );
    const put = await fetch(upload.uploadUrl, { method: 'PUT', headers, body: Buffer.alloc(10, 1) });
    expect(put.status).toBe(403);
    expect((await fetch(upload.publicUrl)).status).toBe(404);
  });
});

describe('a book takes only a stored image of an allowed type and size', () => {
  it('GIVEN an HTML file under covers/ THEN createBook and updateBook refuse it and nothing refers to it', async () => {
    const key = `covers/${randomUUID()}.png`;
    await writeDirectly(key, Buffer.from('<script>alert(1)</script>'), 'text/html');
    const created = await gql(CREATE_BOOK, { input: bookInput(key) }, await admin());
    expect(errorTypes(created)).toEqual(['ValidationError']);
    expect(fieldsOf(created)).toHaveProperty('coverKey');

    const book = await makeBook();
    const updated = await gql(UPDATE_BOOK, { input: { id: book.id, coverKey: key } }, await admin());
    expect(errorTypes(updated)).toEqual(['ValidationError']);
    const after = await ok(GET_BOOK, { id: book.id }, await admin());
    expect(after.getBook?.coverKey).toBe(book.coverKey);
  });

  it('GIVEN a PNG over 5 MB under covers/ THEN createBook refuses it', async () => {
    const key = `covers/${randomUUID()}.png`;
    await writeDirectly(key, Buffer.alloc(5 * 1024 * 1024 + 1, 1), 'image/png');
    const res = await gql(CREATE_BOOK, { input: bookInput(key) }, await admin());
    expect(errorTypes(res)).toEqual(['ValidationError']);
    expect(fieldsOf(res)).toHaveProperty('coverKey');
  });
});
