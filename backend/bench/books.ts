/** Synthetic books for the benchmarks (the bench stack starts empty: no seed). */
import { toBookItem } from '../catalog/book-store';
import { GENRES } from '@folio/contract/genres';

export function syntheticBooks(count: number, from: number, currency: string) {
  const now = new Date().toISOString();
  return Array.from({ length: count }, (_, k) => {
    const i = from + k;
    return toBookItem(
      `bench-${String(i).padStart(5, '0')}`,
      {
        title: `Bench Volume ${i} ${['Rivers', 'Lanterns', 'Harbours', 'Meadows'][i % 4]}`,
        author: `Author ${i % 97}`,
        genre: GENRES[i % GENRES.length],
        priceCents: 500 + (i % 20) * 100,
        stock: 1_000_000,
        description: 'A synthetic book for benchmarks.',
        coverKey: null,
        featured: i % 10 === 0,
        isbn: null,
        publishedYear: 1900,
      },
      currency,
      now,
    );
  });
}
