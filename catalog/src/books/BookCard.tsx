import { Link } from '@folio/config/web/router';
import { formatPrice } from '@folio/config/web/format';
import type { BookCardData } from '@folio/contract/documents/catalog';
import { BookCover, type CoverLoading } from './BookCover';
import styles from './BookCard.module.css';

/** A book in a shelf or grid: cover, title and author link to its page; the price sits below. */
export function BookCard({ book, coverLoading = 'lazy' }: { book: BookCardData; coverLoading?: CoverLoading }) {
  return (
    <article className={styles.card}>
      <Link to={`/books/${encodeURIComponent(book.id)}`} className={styles.link}>
        <BookCover title={book.title} author={book.author} coverKey={book.coverKey} loading={coverLoading} />
        <h3 className={styles.title}>{book.title}</h3>
      </Link>
      <p className={styles.author}>{book.author}</p>
      <p className={styles.meta}>
        <span className={styles.price}>{formatPrice(book.priceCents, book.currency)}</span>
        {book.stock <= 0 && <span className={styles.soldOut}>Sold out</span>}
      </p>
    </article>
  );
}

/** The same card's footprint while books load: keeps shelves and grids from jumping. */
export function BookCardSkeleton() {
  return (
    <div className={styles.card} aria-hidden="true">
      <div className={styles.coverSkeleton} />
      <div className={`${styles.lineSkeleton} ${styles.titleSkeleton}`} />
      <div className={styles.lineSkeleton} />
      <div className={`${styles.lineSkeleton} ${styles.priceSkeleton}`} />
    </div>
  );
}
