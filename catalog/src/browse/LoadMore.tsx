import type { PagedQuery } from '@folio/config/web/use-paged-query';
import styles from './BookListPage.module.css';

/** "Load more" under a paged list; says when the list is complete. */
export function LoadMore({ books }: { books: PagedQuery<unknown> }) {
  return (
    <div className={styles.more}>
      {books.moreError && (
        <p role="alert" className={styles.moreError}>
          We couldn’t load more books. Try again.
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
          {books.items.length === 1 ? 'That’s the only book here.' : `That’s all ${books.items.length} books.`}
        </p>
      )}
    </div>
  );
}
