/** Books for the catalog's tests. */
import type { BookCardData, BookDetail, BookPage } from '@folio/contract/documents/catalog';
import type { AdminBook } from '@folio/contract/documents/admin-books';

export function bookCard(overrides: Partial<BookCardData> = {}): BookCardData {
  const id = overrides.id ?? 'pride-and-prejudice';
  return {
    id,
    title: 'Pride and Prejudice',
    author: 'Jane Austen',
    genre: 'romance',
    priceCents: 1299,
    currency: 'USD',
    stock: 12,
    coverKey: `covers/${id}.png`,
    ...overrides,
  };
}

export function bookDetail(overrides: Partial<BookDetail> = {}): BookDetail {
  return {
    ...bookCard(overrides),
    description: 'Elizabeth Bennet meets the proud Mr Darcy.',
    featured: true,
    isbn: null,
    publishedYear: 1813,
    ...overrides,
  };
}

/** A book as the admin's form reads and saves it (the detail plus its last update). */
export function adminBook(overrides: Partial<AdminBook> = {}): AdminBook {
  return { ...bookDetail(overrides), updatedAt: '2024-05-01T10:00:00.000Z', ...overrides };
}

/** `count` distinct books whose titles sort in order ("Book 01", "Book 02", ...). */
export function books(count: number, prefix = 'book', start = 1): BookCardData[] {
  return Array.from({ length: count }, (_, i) => {
    const n = String(start + i).padStart(2, '0');
    return bookCard({
      id: `${prefix}-${n}`,
      title: `${prefix[0].toUpperCase()}${prefix.slice(1)} ${n}`,
      author: `Author ${n}`,
    });
  });
}

export const page = (items: BookCardData[], nextToken: string | null = null): BookPage => ({ items, nextToken });
