import type { BookCardData } from '@folio/contract/documents/catalog';
import { BookCard, BookCardSkeleton } from './BookCard';
import styles from './BookGrid.module.css';

export function BookGrid({ books, label }: { books: BookCardData[]; label: string }) {
  return (
    <ul className={styles.grid} aria-label={label}>
      {books.map((book) => (
        <li key={book.id}>
          <BookCard book={book} />
        </li>
      ))}
    </ul>
  );
}

export function BookGridSkeleton({ count = 12 }: { count?: number }) {
  return (
    <div className={styles.grid} aria-hidden="true">
      {Array.from({ length: count }, (_, i) => (
        <BookCardSkeleton key={i} />
      ))}
    </div>
  );
}
