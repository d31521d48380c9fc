import { BOOKS } from './books';
import { COVER_HEIGHT, COVER_WIDTH, coverKeyFor, coverSvg, renderCover } from './cover';
import { GENRES } from '@folio/contract/genres';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function expectPng(png: Buffer): void {
  expect(Buffer.isBuffer(png)).toBe(true);
  expect(png.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  // The first chunk is IHDR: length (4), type (4), width (4), height (4).
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  expect(png.readUInt32BE(16)).toBe(COVER_WIDTH);
  expect(png.readUInt32BE(20)).toBe(COVER_HEIGHT);
}

describe('renderCover', () => {
  it('exports the cover size and storage key', () => {
    expect(COVER_WIDTH).toBe(400);
    expect(COVER_HEIGHT).toBe(600);
    expect(coverKeyFor('war-and-peace')).toBe('covers/war-and-peace.png');
  });

  it('renders a 400x600 PNG under 60 KB', () => {
    const png = renderCover({ title: 'Anna Karenina', author: 'Leo Tolstoy', genre: 'literary' });
    expectPng(png);
    expect(png.length).toBeLessThan(60 * 1024);
  });

  it('gives different books different images', () => {
    const a = renderCover({ title: 'Emma', author: 'Jane Austen', genre: 'romance' });
    const b = renderCover({ title: 'Dracula', author: 'Bram Stoker', genre: 'horror' });
    const c = renderCover({ title: 'Emma', author: 'Jane Austen', genre: 'literary' });
    expect(a.equals(b)).toBe(false);
    expect(a.equals(c)).toBe(false);
  });

  it('is deterministic', () => {
    const book = { title: 'Germinal', author: 'Émile Zola', genre: 'literary' as const };
    expect(renderCover(book).equals(renderCover(book))).toBe(true);
  });

  it('renders a very long title and author without throwing', () => {
    const png = renderCover({
      title: `Supercalifragilisticexpialidociousness: ${'a subtitle that goes on and on '.repeat(9)}`.slice(0, 300),
      author: 'Maximilian Alexander Bartholomew von Habsburg-Lothringen und Sachsen-Coburg-Gotha '.repeat(3).trim(),
      genre: 'philosophy',
    });
    expectPng(png);
    expect(png.length).toBeLessThan(60 * 1024);
    expectPng(renderCover({ title: 'W'.repeat(300), author: 'M'.repeat(300), genre: 'horror' }));
  });

  it('renders one book of every genre', () => {
    for (const genre of GENRES) {
      const book = BOOKS.find((b) => b.genre === genre)!;
      const png = renderCover(book);
      expectPng(png);
      expect(png.length).toBeLessThan(60 * 1024);
    }
  });
});

describe('coverSvg', () => {
  it('escapes markup in titles and authors', () => {
    const svg = coverSvg({ title: 'Cats & <Dogs>', author: 'A "B" <C>', genre: 'children' });
    expect(svg).toContain('Cats &amp;');
    expect(svg).toContain('&lt;Dogs&gt;');
    expect(svg).toContain('&lt;C&gt;');
    expect(svg).not.toContain('<Dogs>');
    expect(svg).not.toContain('<C>');
  });

  it('draws the title, the author and the genre label', () => {
    const svg = coverSvg({ title: 'Eugénie Grandet', author: 'Honoré de Balzac', genre: 'literary' });
    expect(svg).toContain('Eugénie');
    expect(svg).toContain('HONORÉ DE BALZAC');
    expect(svg).toContain('LITERARY FICTION');
  });
});
