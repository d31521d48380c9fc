import { BOOKS } from '../../seed/books';
import { words } from '../../catalog/text';
import { GENRES } from '@folio/contract/genres';
import { errorTypes, gql, guest, ok } from './client';
import { GET_BOOK, LIST_BOOKS, SEARCH_BOOKS } from './fixtures';
import { stackInfo } from './stack-info';

const byTitle = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Every book of a listing or a search, page after page (at most 50 pages). */
async function allPages<T>(page: (nextToken: string | null) => Promise<{ items: T[]; nextToken: string | null }>) {
  const items: T[] = [];
  let nextToken: string | null = null;
  let pages = 0;
  do {
    const data: { items: T[]; nextToken: string | null } = await page(nextToken);
    items.push(...data.items);
    nextToken = data.nextToken;
    pages += 1;
  } while (nextToken && pages < 50);
  return { items, pages };
}

const listed = (variables: { genre?: string; featured?: boolean; limit: number }) => async (nextToken: string | null) =>
  (await ok(LIST_BOOKS, { ...variables, nextToken }, guest())).listBooks;

describe('getBook', () => {
  it('GIVEN a seeded id WHEN a guest asks THEN it returns the whole book', async () => {
    const seed = BOOKS.find((b) => b.author === 'Leo Tolstoy')!;
    const { getBook } = await ok(GET_BOOK, { id: seed.id }, guest());
    expect(getBook).toMatchObject({
      id: seed.id,
      title: seed.title,
      author: seed.author,
      genre: seed.genre,
      priceCents: seed.priceCents,
      currency: 'USD',
    });
    expect(getBook?.coverKey).toBe(`covers/${seed.id}.png`);
  });
  it('GIVEN an unknown id THEN it returns null without an error', async () => {
    const res = await gql(GET_BOOK, { id: 'no-such-book' }, guest());
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ getBook: null });
  });
});

describe('listBooks', () => {
  it('pages through the whole catalog in title order, every book once', async () => {
    const { items, pages } = await allPages(listed({ limit: 24 }));
    expect(pages).toBeGreaterThan(5);
    const seededIds = new Set(BOOKS.map((b) => b.id));
    const seeded = items.filter((b) => seededIds.has(b.id));
    expect(seeded).toHaveLength(BOOKS.length);
    expect(new Set(items.map((b) => b.id)).size).toBe(items.length);
    const titles = seeded.map((b) => words(b.title).join(' '));
    expect(titles).toEqual([...titles].sort(byTitle));
  });
  it('lists one genre only, sorted', async () => {
    const { items } = await allPages(listed({ genre: 'poetry', limit: 5 }));
    const expected = BOOKS.filter((b) => b.genre === 'poetry');
    // Other test files add books while this runs: every seeded poetry book, and poetry only.
    expect(items.map((b) => b.id)).toEqual(expect.arrayContaining(expected.map((b) => b.id)));
    expect(items.every((b) => b.genre === 'poetry')).toBe(true);
  });
  it('lists the featured books', async () => {
    const { items } = await allPages(listed({ featured: true, limit: 100 }));
    expect(items.map((b) => b.id)).toEqual(expect.arrayContaining(BOOKS.filter((b) => b.featured).map((b) => b.id)));
    expect(items.every((b) => b.featured)).toBe(true);
  });
  it('every genre has books', async () => {
    for (const genre of GENRES) {
      const { listBooks } = await ok(LIST_BOOKS, { genre, limit: 1 }, guest());
      expect(listBooks.items).toHaveLength(1);
    }
  });
  it('refuses a limit outside 1–100 with a ValidationError', async () => {
    const res = await gql(LIST_BOOKS, { limit: 101 }, guest());
    expect(errorTypes(res)).toEqual(['ValidationError']);
  });
});

describe('searchBooks', () => {
  const titles = async (query: string) =>
    (await ok(SEARCH_BOOKS, { query, limit: 50 }, guest())).searchBooks.items.map((b) => b.title);

  it.each(['tolst', 'TOLSTÓY', 'Tolstoy', 'leo tol'])('finds Tolstoy by %p', async (query) => {
    expect(await titles(query)).toEqual(expect.arrayContaining(['War and Peace', 'Anna Karenina']));
  });
  it('matches every word by prefix, in title or author', async () => {
    expect(await titles('war pea')).toEqual(['War and Peace']);
    expect(await titles('austen pride')).toEqual(['Pride and Prejudice']);
  });
  it('finds accented authors without the accents', async () => {
    const res = await ok(SEARCH_BOOKS, { query: 'emile zola' }, guest());
    expect(res.searchBooks.items.length).toBeGreaterThan(0);
    expect(res.searchBooks.items.every((b) => b.author === 'Émile Zola')).toBe(true);
  });
  it('returns results sorted by title and pages without repeats', async () => {
    const { items } = await allPages(
      async (nextToken) => (await ok(SEARCH_BOOKS, { query: 'the', limit: 4, nextToken }, guest())).searchBooks,
    );
    expect(items.length).toBeGreaterThan(8);
    expect(new Set(items.map((b) => b.id)).size).toBe(items.length);
  });
  it('gives an empty list when nothing matches', async () => {
    expect(await titles('zzzzqqq')).toEqual([]);
  });
  it('refuses an empty query with a ValidationError', async () => {
    const res = await gql(SEARCH_BOOKS, { query: '  ' }, guest());
    expect(errorTypes(res)).toEqual(['ValidationError']);
  });
});

describe('covers', () => {
  it('serves a seeded cover publicly as a PNG', async () => {
    const res = await fetch(`${stackInfo().imagesUrl}/covers/${BOOKS[0].id}.png`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(bytes.subarray(1, 4).toString()).toBe('PNG');
  });
});
