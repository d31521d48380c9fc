import type { PagedQuery } from '@folio/config/web/use-paged-query';
import styles from './BookListPage.module.css';

/** "Load more" under a paged list; says when the list is complete, naming its items (`noun`: books by default). */
export function LoadMore({
  books,
  noun = ['book', 'books'],
}: {
  books: PagedQuery<unknown>;
  noun?: readonly [one: string, many: string];
}) {
  return (
    <div className={styles.more}>
      {books.moreError && (
        <p role="alert" className={styles.moreError}>
          We couldn’t load more {noun[1]}. Try again.
        </p>
      )}
      {books.hasMore ? (
        <button
          type="button"
          className={styles.moreButton}
          onClick={books.loadMore}
          disabled={books.loadingMore}
          aria-busy={books.loadingMore}
        >
          {books.loadingMore ? 'Loading…' : 'Load more'}
        </button>
      ) : (
        <p className={styles.end}>
          {books.items.length === 1
            ? `That’s the only ${noun[0]} here.`
            : `That’s all ${books.items.length} ${noun[1]}.`}
        </p>
      )}
    </div>
  );
}
