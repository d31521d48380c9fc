/** What the journeys expect, from the seed catalog itself (backend/seed), so they follow its changes. */
import { BOOKS, type SeedBook } from '../../backend/seed/books';

/** Covers are uploaded for these only (rendering all 172 would slow the run): featured books and Austen's. */
export const COVERED_BOOKS = (book: SeedBook): boolean => book.featured || book.author === 'Jane Austen';

export const bookById = (id: string): SeedBook => {
  const book = BOOKS.find((b) => b.id === id);
  if (!book) throw new Error(`no seed book ${id}`);
  return book;
};

export const booksIn = (genre: string): SeedBook[] => BOOKS.filter((b) => b.genre === genre);

export const booksBy = (author: string): SeedBook[] => BOOKS.filter((b) => b.author === author);

/** How the store writes a price (config/web/format.ts). */
export const priceText = (cents: number): string =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(cents / 100);

/** How the book page words stock (catalog/src/books/stock.ts). */
export const stockText = (stock: number): string =>
  stock <= 0 ? 'Sold out' : stock <= 5 ? `Only ${stock} left` : 'In stock';
