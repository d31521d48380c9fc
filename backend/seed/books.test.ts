import { BOOKS } from './books';
import { GENRE_LABELS, GENRES } from '@folio/contract/genres';

describe('genres', () => {
  it('lists the ten genre slugs in display order, each with a label', () => {
    expect(GENRES).toEqual([
      'literary',
      'mystery',
      'science-fiction',
      'fantasy',
      'adventure',
      'romance',
      'horror',
      'poetry',
      'philosophy',
      'children',
    ]);
    for (const g of GENRES) expect(GENRE_LABELS[g]).toMatch(/\S/);
    expect(Object.keys(GENRE_LABELS).sort()).toEqual([...GENRES].sort());
  });
});

describe('seed catalog', () => {
  it('has at least 130 books', () => {
    expect(BOOKS.length).toBeGreaterThanOrEqual(130);
  });

  it('has unique, slug-shaped ids of at most 60 characters', () => {
    const ids = BOOKS.map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(id.length).toBeLessThanOrEqual(60);
    }
  });

  it('has no duplicate title/author pair', () => {
    const keys = BOOKS.map((b) => `${b.title.toLowerCase()}|${b.author.toLowerCase()}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('uses only known genres, with at least 9 books in every genre', () => {
    for (const b of BOOKS) expect(GENRES).toContain(b.genre);
    for (const g of GENRES) {
      const count = BOOKS.filter((b) => b.genre === g).length;
      if (count < 9) throw new Error(`genre ${g} has only ${count} books`);
    }
  });

  it('prices every book in whole cents between 2.99 and 24.99, with some variety', () => {
    for (const b of BOOKS) {
      expect(Number.isInteger(b.priceCents)).toBe(true);
      expect(b.priceCents).toBeGreaterThanOrEqual(299);
      expect(b.priceCents).toBeLessThanOrEqual(2499);
    }
    expect(new Set(BOOKS.map((b) => b.priceCents)).size).toBeGreaterThan(20);
    expect(BOOKS.some((b) => b.priceCents % 100 !== 99)).toBe(true);
  });

  it('has integer, non-negative stock with several books sold out and some running low', () => {
    for (const b of BOOKS) {
      expect(Number.isInteger(b.stock)).toBe(true);
      expect(b.stock).toBeGreaterThanOrEqual(0);
    }
    expect(BOOKS.filter((b) => b.stock === 0).length).toBeGreaterThanOrEqual(5);
    expect(BOOKS.filter((b) => b.stock >= 1 && b.stock <= 3).length).toBeGreaterThanOrEqual(5);
  });

  it('features between 11 and 16 books, spread across genres', () => {
    const featured = BOOKS.filter((b) => b.featured);
    expect(featured.length).toBeGreaterThanOrEqual(11);
    expect(featured.length).toBeLessThanOrEqual(16);
    expect(new Set(featured.map((b) => b.genre)).size).toBeGreaterThanOrEqual(8);
    for (const b of BOOKS) expect(typeof b.featured).toBe('boolean');
  });

  it('has non-empty, trimmed titles and authors of at most 300 characters', () => {
    for (const b of BOOKS) {
      for (const s of [b.title, b.author]) {
        expect(s.trim()).toBe(s);
        expect(s.length).toBeGreaterThan(0);
        expect(s.length).toBeLessThanOrEqual(300);
      }
    }
  });

  it('has a description of 80 to 400 characters for every book', () => {
    for (const b of BOOKS) {
      const n = [...b.description].length;
      if (n < 80 || n > 400) throw new Error(`${b.id}: description is ${n} characters`);
    }
  });

  it('only contains works published before 1929', () => {
    for (const b of BOOKS) {
      expect(Number.isInteger(b.publishedYear)).toBe(true);
      expect(b.publishedYear).toBeLessThanOrEqual(1928);
      expect(b.publishedYear).toBeGreaterThan(1400);
    }
  });

  it('has Tolstoy and at least five Austen novels', () => {
    expect(BOOKS.filter((b) => b.author === 'Leo Tolstoy').map((b) => b.title)).toEqual(
      expect.arrayContaining(['War and Peace', 'Anna Karenina', 'The Death of Ivan Ilyich']),
    );
    expect(BOOKS.filter((b) => b.author === 'Jane Austen').length).toBeGreaterThanOrEqual(5);
  });

  it('keeps accented author names as usually written', () => {
    const authors = new Set(BOOKS.map((b) => b.author));
    for (const name of ['Honoré de Balzac', 'Émile Zola', 'Selma Lagerlöf', 'Guy de Maupassant', 'Fyodor Dostoevsky']) {
      expect(authors).toContain(name);
    }
  });

  it('only carries well-formed ISBN-13s when it carries any', () => {
    for (const b of BOOKS) {
      if (b.isbn === undefined) continue;
      expect(b.isbn).toMatch(/^97[89]\d{10}$/);
    }
  });
});
