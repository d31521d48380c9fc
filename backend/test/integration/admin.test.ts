/** Catalog writes by group Admin: validation, search index upkeep, deletes, cover uploads. */
import { randomUUID } from 'node:crypto';
import { errorTypes, gql, guest, ok, type GqlResponse } from './client';
import {
  admin,
  CREATE_BOOK,
  CREATE_COVER_UPLOAD,
  DELETE_BOOK,
  GET_BOOK,
  LIST_BOOKS,
  makeBook,
  SEARCH_BOOKS,
  UPDATE_BOOK,
} from './fixtures';

const searchIds = async (query: string) =>
  (await ok(SEARCH_BOOKS, { query, limit: 100 }, guest())).searchBooks.items.map((b) => b.id);
const headersOf = (upload: { headers: { name: string; value: string }[] }) =>
  Object.fromEntries(upload.headers.map((h) => [h.name, h.value]));
const fieldsOf = (res: GqlResponse<unknown>) => res.errors?.find((e) => e.errorType)?.errorInfo?.fields ?? {};

describe('createBook', () => {
  it('GIVEN valid input THEN the book is stored, listed by genre and found by search at once', async () => {
    const word = `Zyx${randomUUID().slice(0, 6)}`;
    const book = await makeBook({
      title: `The ${word} Affair`,
      author: 'Agatha Tester',
      genre: 'mystery',
      priceCents: 1999,
      stock: 3,
      featured: true,
      isbn: '978-0-14-143951-8',
      publishedYear: 1920,
    });
    expect(book).toMatchObject({
      priceCents: 1999,
      currency: 'USD',
      stock: 3,
      featured: true,
      isbn: '9780141439518',
      publishedYear: 1920,
    });
    expect((await ok(GET_BOOK, { id: book.id }, guest())).getBook?.title).toBe(`The ${word} Affair`);
    expect(await searchIds(word.toLowerCase())).toEqual([book.id]);
    expect(await searchIds('agatha test')).toContain(book.id);
    const featured = await ok(LIST_BOOKS, { featured: true, limit: 100 }, guest());
    expect(featured.listBooks.items.map((b) => b.id)).toContain(book.id);
  });

  it.each([
    ['empty title', { title: '  ' }, 'title'],
    ['301-character author', { author: 'x'.repeat(301) }, 'author'],
    ['price 0', { priceCents: 0 }, 'priceCents'],
    ['price above 1,000,000', { priceCents: 1_000_001 }, 'priceCents'],
    ['negative stock', { stock: -1 }, 'stock'],
    ['unknown genre', { genre: 'cookery' }, 'genre'],
    ['bad ISBN', { isbn: '12' }, 'isbn'],
    ['a cover key outside covers/', { coverKey: 'secrets/x.png' }, 'coverKey'],
  ])('GIVEN %s THEN a ValidationError names the field and nothing is written', async (_label, bad, field) => {
    const title = `Invalid ${randomUUID()}`;
    const res = await gql(
      CREATE_BOOK,
      { input: { title, author: 'A', genre: 'poetry', priceCents: 100, stock: 1, ...bad } },
      await admin(),
    );
    expect(errorTypes(res)).toEqual(['ValidationError']);
    expect(Object.keys(fieldsOf(res))).toEqual([field]);
    expect(await searchIds(title)).toEqual([]);
  });
});

describe('updateBook', () => {
  it('GIVEN a new title THEN search finds the new words and no longer the old', async () => {
    const old = `Oldword${randomUUID().slice(0, 6)}`;
    const fresh = `Newword${randomUUID().slice(0, 6)}`;
    const book = await makeBook({ title: `${old} Tales` });
    const { updateBook } = await ok(
      UPDATE_BOOK,
      { input: { id: book.id, title: `${fresh} Tales`, priceCents: 2500 } },
      await admin(),
    );
    expect(updateBook).toMatchObject({
      title: `${fresh} Tales`,
      priceCents: 2500,
      author: book.author,
      stock: book.stock,
      createdAt: book.createdAt,
    });
    expect(updateBook.updatedAt > book.updatedAt).toBe(true);
    expect(await searchIds(fresh)).toEqual([book.id]);
    expect(await searchIds(old)).toEqual([]);
  });

  it('GIVEN only a price change THEN other fields stay and the book is still found', async () => {
    const word = `Keep${randomUUID().slice(0, 6)}`;
    const book = await makeBook({ title: word, description: 'kept' });
    await ok(UPDATE_BOOK, { input: { id: book.id, priceCents: 777 } }, await admin());
    expect((await ok(GET_BOOK, { id: book.id }, guest())).getBook).toMatchObject({
      priceCents: 777,
      description: 'kept',
      title: word,
    });
    expect(await searchIds(word)).toEqual([book.id]);
  });

  it('GIVEN an unknown id THEN NotFound; GIVEN an invalid field THEN ValidationError and no change', async () => {
    expect(errorTypes(await gql(UPDATE_BOOK, { input: { id: 'nope', priceCents: 5 } }, await admin()))).toEqual([
      'NotFound',
    ]);
    const book = await makeBook();
    const res = await gql(UPDATE_BOOK, { input: { id: book.id, stock: -5 } }, await admin());
    expect(errorTypes(res)).toEqual(['ValidationError']);
    expect((await ok(GET_BOOK, { id: book.id }, guest())).getBook?.stock).toBe(book.stock);
  });
});

describe('deleteBook', () => {
  it('GIVEN a book THEN it disappears from getBook, its genre list and search', async () => {
    const word = `Gone${randomUUID().slice(0, 6)}`;
    const book = await makeBook({ title: word, genre: 'horror' });
    expect((await ok(DELETE_BOOK, { id: book.id }, await admin())).deleteBook).toEqual({ id: book.id, title: word });
    expect((await ok(GET_BOOK, { id: book.id }, guest())).getBook).toBeNull();
    expect(await searchIds(word)).toEqual([]);
    const horror = await ok(LIST_BOOKS, { genre: 'horror', limit: 100 }, guest());
    expect(horror.listBooks.items.map((b) => b.id)).not.toContain(book.id);
  });
  it('GIVEN an unknown id THEN null', async () => {
    expect((await ok(DELETE_BOOK, { id: 'never-was' }, await admin())).deleteBook).toBeNull();
  });
});

describe('createCoverUpload', () => {
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(1000, 7)]);

  it('GIVEN a PNG THEN the presigned PUT stores it publicly and a book can take it as its cover', async () => {
    const { createCoverUpload: upload } = await ok(
      CREATE_COVER_UPLOAD,
      { contentType: 'image/png', contentLength: png.length },
      await admin(),
    );
    expect(upload.key).toMatch(/^covers\/[0-9a-f-]+\.png$/);
    expect(upload.maxBytes).toBe(5 * 1024 * 1024);
    const put = await fetch(upload.uploadUrl, { method: 'PUT', headers: headersOf(upload), body: png });
    expect(put.status).toBe(200);
    const got = await fetch(upload.publicUrl);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('image/png');
    const book = await makeBook({ coverKey: upload.key });
    expect(book.coverKey).toBe(upload.key);
  });

  it('GIVEN a text file type THEN ValidationError', async () => {
    const res = await gql(CREATE_COVER_UPLOAD, { contentType: 'text/plain', contentLength: 1234 }, await admin());
    expect(errorTypes(res)).toEqual(['ValidationError']);
  });

  it('GIVEN a 6 MB image THEN ValidationError', async () => {
    const res = await gql(
      CREATE_COVER_UPLOAD,
      { contentType: 'image/jpeg', contentLength: 6 * 1024 * 1024 },
      await admin(),
    );
    expect(errorTypes(res)).toEqual(['ValidationError']);
  });

  it('GIVEN a URL signed for 1,000 bytes of PNG THEN S3 refuses a larger body or another type, as AWS does', async () => {
    const { createCoverUpload: upload } = await ok(
      CREATE_COVER_UPLOAD,
      { contentType: 'image/png', contentLength: 1000 },
      await admin(),
    );
    expect(new URL(upload.uploadUrl).searchParams.has('x-amz-checksum-crc32')).toBe(false);
    const bigger = await fetch(upload.uploadUrl, {
      method: 'PUT',
      headers: headersOf(upload),
      body: Buffer.alloc(6 * 1024 * 1024),
    });
    expect(bigger.status).toBe(403);
    const text = await fetch(upload.uploadUrl, {
      method: 'PUT',
      headers: { 'Content-Type': 'text/plain' },
      body: Buffer.alloc(1000),
    });
    expect(text.status).toBe(403);
    expect((await fetch(upload.publicUrl)).status).toBe(404);
    const right = await fetch(upload.uploadUrl, {
      method: 'PUT',
      headers: headersOf(upload),
      body: Buffer.alloc(1000, 1),
    });
    expect(right.status).toBe(200);
  });

  it('GIVEN a browser on another origin THEN the preflight of the presigned PUT is allowed', async () => {
    const { createCoverUpload: upload } = await ok(
      CREATE_COVER_UPLOAD,
      { contentType: 'image/png', contentLength: 10 },
      await admin(),
    );
    const preflight = await fetch(upload.uploadUrl, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:3001',
        'access-control-request-method': 'PUT',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(preflight.status).toBeLessThan(300);
    expect(preflight.headers.get('access-control-allow-origin')).toBeTruthy();
    expect(preflight.headers.get('access-control-allow-methods')).toMatch(/PUT/);
  });

  it('GIVEN no signature THEN anonymous writes and reads outside covers/ are refused', async () => {
    const { imagesUrl } = JSON.parse(process.env.FOLIO_TEST_STACK!);
    expect((await fetch(`${imagesUrl}/covers/sneaky.png`, { method: 'PUT', body: 'x' })).status).toBe(403);
    expect((await fetch(`${imagesUrl}/private/x.txt`)).status).toBe(403);
  });

  it('GIVEN a cover key that was never uploaded THEN the book is refused', async () => {
    const res = await gql(
      CREATE_BOOK,
      {
        input: {
          title: 'No cover',
          author: 'A',
          genre: 'poetry',
          priceCents: 100,
          stock: 1,
          coverKey: 'covers/missing.png',
        },
      },
      await admin(),
    );
    expect(errorTypes(res)).toEqual(['ValidationError']);
    expect(fieldsOf(res)).toHaveProperty('coverKey');
  });
});
