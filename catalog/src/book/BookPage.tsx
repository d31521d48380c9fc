/** One book: cover, facts, price and stock, and cart-checkout's add-to-cart button in a slot of its own. */
import type { ReactNode } from 'react';
import { Link, useParams } from '@folio/config/web/router';
import { formatPrice } from '@folio/config/web/format';
import { GENRE_LABELS, isGenre } from '@folio/config/web/genres';
import { getBook, listBooks } from '../api/books';
import type { BookDetail } from '@folio/contract/documents/catalog';
import { useQuery } from '@folio/config/web/use-query';
import { BookCover } from '../books/BookCover';
import { Shelf } from '../books/Shelf';
import { StockBadge } from '../books/StockBadge';
import { ErrorState } from '@folio/config/web/Status';
import { AddToCartSlot, usePreloadAddToCart } from './AddToCartSlot';
import { BookPageSkeleton } from './BookPageSkeleton';
import styles from './BookPage.module.css';

export function BookPage({ notFound }: { notFound: ReactNode }) {
  const { id = '' } = useParams();
  const book = useQuery(() => getBook(id), id);
  usePreloadAddToCart();
  if (book.status === 'loading') return <BookPageSkeleton />;
  if (book.status === 'error') {
    return (
      <div className={styles.page}>
        <ErrorState what="this book" onRetry={book.reload} />
      </div>
    );
  }
  if (!book.data) return <>{notFound}</>;
  return <BookDetails book={book.data} />;
}

/** Other books of the same genre, for the reader who finished this one. */
function moreInGenre(book: BookDetail) {
  return async () => {
    const page = await listBooks({ genre: book.genre, limit: 7 });
    return { items: page.items.filter((b) => b.id !== book.id).slice(0, 6), nextToken: null };
  };
}

function BookDetails({ book }: { book: BookDetail }) {
  const genreLabel = isGenre(book.genre) ? GENRE_LABELS[book.genre] : book.genre;
  return (
    <div className={styles.withShelf}>
      <article className={styles.page} aria-labelledby="folio-book-title">
        <title>{`${book.title} by ${book.author} · Folio`}</title>
        <nav aria-label="Breadcrumb" className={styles.breadcrumb}>
          <Link to="/">Home</Link> <span aria-hidden="true">›</span>{' '}
          <Link to={`/books/genre/${book.genre}`}>{genreLabel}</Link>
        </nav>
        <div className={styles.layout}>
          <div className={styles.coverColumn}>
            <BookCover
              title={book.title}
              author={book.author}
              coverKey={book.coverKey}
              alt={`Cover of ${book.title}`}
              loading="priority"
            />
          </div>
          <div className={styles.details}>
            <h1 id="folio-book-title" className={styles.title}>
              {book.title}
            </h1>
            <p className={styles.author}>
              by <span className={styles.authorName}>{book.author}</span>
            </p>
            <div className={styles.buyBox}>
              <p className={styles.price}>{formatPrice(book.priceCents, book.currency)}</p>
              <StockBadge stock={book.stock} />
              <AddToCartSlot book={book} />
            </div>
            {book.description && <p className={styles.description}>{book.description}</p>}
            <dl className={styles.facts}>
              {book.publishedYear !== null && (
                <>
                  <dt>First published</dt>
                  <dd>{book.publishedYear}</dd>
                </>
              )}
              <dt>Genre</dt>
              <dd>
                <Link to={`/books/genre/${book.genre}`}>{genreLabel}</Link>
              </dd>
              {book.isbn && (
                <>
                  <dt>ISBN</dt>
                  <dd>{book.isbn}</dd>
                </>
              )}
            </dl>
          </div>
        </div>
      </article>
      <Shelf
        title={`More ${genreLabel.toLowerCase()}`}
        seeAll={{ to: `/books/genre/${book.genre}`, label: `See all ${genreLabel}` }}
        load={moreInGenre(book)}
        loadKey={`more:${book.genre}:${book.id}`}
      />
    </div>
  );
}
