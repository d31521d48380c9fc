/** All books, or one genre's, sorted by title (the API's order), a page at a time with "Load more". */
import type { ReactNode } from 'react';
import { Link, useParams } from '@folio/config/web/router';
import { GENRE_LABELS, isGenre } from '@folio/config/web/genres';
import { listBooks } from '../api/books';
import { usePagedQuery } from '@folio/config/web/use-paged-query';
import { BookGrid, BookGridSkeleton } from '../books/BookGrid';
import { EmptyState, ErrorState, LiveStatus } from '@folio/config/web/Status';
import { LoadMore } from './LoadMore';
import styles from './BookListPage.module.css';

export const PAGE_SIZE = 24;

export function AllBooksPage() {
  return <BookList title="All books" listKey="all" />;
}

export function GenrePage({ notFound }: { notFound: ReactNode }) {
  const { genre } = useParams();
  if (!isGenre(genre)) return <>{notFound}</>;
  return <BookList title={GENRE_LABELS[genre]} genre={genre} listKey={`genre:${genre}`} />;
}

function BookList({ title, genre, listKey }: { title: string; genre?: string; listKey: string }) {
  const books = usePagedQuery((nextToken) => listBooks({ genre, limit: PAGE_SIZE, nextToken }), listKey);
  return (
    <div className={styles.page}>
      <title>{`${title} · Folio`}</title>
      <nav aria-label="Breadcrumb" className={styles.breadcrumb}>
        <Link to="/">Home</Link> <span aria-hidden="true">›</span>{' '}
        {genre ? <Link to="/books">Books</Link> : <span>Books</span>}
      </nav>
      <header className={styles.header}>
        <h1 className={styles.title}>{title}</h1>
        <p className={styles.subtitle}>Sorted by title</p>
      </header>
      {books.status === 'loading' && <BookGridSkeleton />}
      {books.status === 'error' && <ErrorState what={`${title.toLowerCase()}`} onRetry={books.reload} />}
      {books.status === 'ready' &&
        (books.items.length === 0 ? (
          <EmptyState title="No books here yet.">
            <Link to="/books">Browse all books</Link>
          </EmptyState>
        ) : (
          <>
            <BookGrid books={books.items} label={title} />
            <LoadMore books={books} />
          </>
        ))}
      <LiveStatus>{books.status === 'ready' ? `${books.items.length} books shown` : ''}</LiveStatus>
    </div>
  );
}
