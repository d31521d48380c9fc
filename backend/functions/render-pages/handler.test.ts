/**
 * The renderer Lambda's own part: what it writes to the bucket (type, Cache-Control, keys under site/), what it
 * invalidates, and how a stream batch goes. The prerenderer itself is shell/prerender/'s (tested there and through
 * the local stack); S3 and CloudFront are fakes at the boundary, recording the commands sent.
 */
import { CreateInvalidationCommand } from '@aws-sdk/client-cloudfront';
import { DeleteObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { BookChange, Prerenderer } from '@folio/shell/prerender/prerender-site';
import { bucketOutput } from './bucket-output';
import { renderEverything, renderStreamBatch, type RendererClients } from './handler';

type Sent = { input: Record<string, unknown>; constructor: { name: string } };

function fakeClients() {
  const sent: Sent[] = [];
  const client = { send: async (command: unknown) => (sent.push(command as Sent), {}) };
  const clients = {
    s3: client,
    cloudfront: client,
    buildsRoot: '/nowhere',
    bucket: 'site-bucket',
    distributionId: 'E123',
    siteUrl: 'https://store.example',
  } as unknown as RendererClients;
  return { clients, sent };
}

const book = { id: '42', title: 'T', author: 'A', genre: 'fiction', priceCents: 1299, currency: 'EUR', stock: 3 };
const image = (b: typeof book) => marshall({ ...b, updatedAt: '2026-12-01T00:00:00.000Z' });

function fakePrerenderer(failed: { path: string; error: string }[] = []) {
  const seen: BookChange[][] = [];
  const prerenderer = {
    async renderBookChanges(changes: readonly BookChange[]) {
      seen.push([...changes]);
      return {
        pages: 3,
        failed,
        ms: 5,
        paths: ['/books/42', '/books/genre/fiction', '/'],
        keys: ['books/42/index.html', 'books/genre/fiction/index.html', 'index.html'],
      };
    },
    async renderAll() {
      return { pages: 20, failed, ms: 900 };
    },
  } as unknown as Prerenderer;
  return { prerenderer, seen };
}

test('GIVEN a page WHEN written THEN it is put under site/ as HTML, revalidated, as the local server answers it', async () => {
  const { clients, sent } = fakeClients();
  const output = bucketOutput(clients.s3, 'site-bucket');
  await output.write('books/42/index.html', '<html>');
  await output.write('sitemap.xml', '<urlset/>');
  await output.remove('books/7/index.html');
  expect(sent.map((c) => [c.constructor.name, c.input])).toEqual([
    [
      PutObjectCommand.name,
      {
        Bucket: 'site-bucket',
        Key: 'site/books/42/index.html',
        Body: '<html>',
        ContentType: 'text/html; charset=utf-8',
        CacheControl: 'no-cache',
      },
    ],
    [
      PutObjectCommand.name,
      {
        Bucket: 'site-bucket',
        Key: 'site/sitemap.xml',
        Body: '<urlset/>',
        ContentType: 'application/xml; charset=utf-8',
        CacheControl: 'no-cache',
      },
    ],
    [DeleteObjectCommand.name, { Bucket: 'site-bucket', Key: 'site/books/7/index.html' }],
  ]);
});

test("GIVEN a price edit on the books stream WHEN the batch is handled THEN the book's change is rendered and its files invalidated as CloudFront caches them", async () => {
  const { clients, sent } = fakeClients();
  const { prerenderer, seen } = fakePrerenderer();
  await renderStreamBatch(prerenderer, clients, {
    Records: [
      { eventName: 'MODIFY', dynamodb: { OldImage: image(book), NewImage: image({ ...book, priceCents: 999 }) } },
    ],
  });
  expect(seen).toEqual([
    [
      {
        before: expect.objectContaining({ id: '42', priceCents: 1299, coverKey: null }),
        after: expect.objectContaining({ id: '42', priceCents: 999 }),
      },
    ],
  ]);
  expect(sent).toHaveLength(1);
  expect(sent[0].constructor.name).toBe(CreateInvalidationCommand.name);
  expect(sent[0].input).toMatchObject({
    DistributionId: 'E123',
    InvalidationBatch: {
      Paths: {
        Quantity: 3,
        Items: ['/site/books/42/index.html', '/site/books/genre/fiction/index.html', '/site/index.html'],
      },
    },
  });
});

test('GIVEN a page that fails to render WHEN the batch is handled THEN the rest is invalidated and the batch fails (retried)', async () => {
  const { clients, sent } = fakeClients();
  const { prerenderer } = fakePrerenderer([{ path: '/books/42', error: 'boom' }]);
  await expect(
    renderStreamBatch(prerenderer, clients, {
      Records: [{ eventName: 'INSERT', dynamodb: { NewImage: image(book) } }],
    }),
  ).rejects.toThrow('1 pages failed: /books/42');
  expect(sent.map((c) => c.constructor.name)).toEqual([CreateInvalidationCommand.name]);
});

test('GIVEN a deploy WHEN every page is rendered THEN all of site/ is invalidated once and the summary is reported', async () => {
  const { clients, sent } = fakeClients();
  const { prerenderer } = fakePrerenderer();
  await expect(renderEverything(prerenderer, clients)).resolves.toBe('20 pages in 0.9 s');
  expect(sent[0].input).toMatchObject({ InvalidationBatch: { Paths: { Quantity: 1, Items: ['/site/*'] } } });
});
