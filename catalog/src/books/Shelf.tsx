/**
 * A titled row of books (the home page's featured and genre shelves). Far-down shelves fetch their books only
 * when scrolled near; until then, and while loading, a skeleton row of the same height holds their place.
 */
import { useId, useRef, type ReactNode } from 'react';
import { Link } from '@folio/config/web/router';
import { useQuery } from '@folio/config/web/use-query';
import type { BookPage } from '@folio/contract/documents/catalog';
import { useNearViewport } from '../ui/use-near-viewport';
import { EmptyState, ErrorState } from '@folio/config/web/Status';
import { BookCard, BookCardSkeleton } from './BookCard';
import type { CoverLoading } from './BookCover';
import styles from './Shelf.module.css';

interface ShelfProps {
  title: string;
  /** Short text under the title. */
  intro?: ReactNode;
  /** Link to the full list ("See all"), with the shelf's name for screen readers. */
  seeAll?: { to: string; label: string };
  /** Reads the shelf's books; `loadKey` names what it reads. */
  load: () => Promise<BookPage>;
  loadKey: string;
  /** Above the fold: fetch right away, covers too, instead of when scrolled near. */
  eager?: boolean;
  size?: number;
}

export function Shelf({ title, intro, seeAll, load, loadKey, eager = false, size = 6 }: ShelfProps) {
  const headingId = useId();
  const ref = useRef<HTMLElement>(null);
  const near = useNearViewport(ref);
  return (
    <section className={styles.shelf} aria-labelledby={headingId} ref={ref}>
      <header className={styles.header}>
        <div>
          <h2 id={headingId} className={styles.title}>
            {title}
          </h2>
          {intro && <p className={styles.intro}>{intro}</p>}
        </div>
        {seeAll && (
          <Link to={seeAll.to} className={styles.seeAll} aria-label={seeAll.label}>
            See all <span aria-hidden="true">→</span>
          </Link>
        )}
      </header>
      {eager || near ? (
        <ShelfBooks load={load} loadKey={loadKey} size={size} title={title} coverLoading={eager ? 'eager' : 'lazy'} />
      ) : (
        <ShelfSkeleton size={size} />
      )}
    </section>
  );
}

interface ShelfBooksProps {
  load: () => Promise<BookPage>;
  loadKey: string;
  size: number;
  title: string;
  coverLoading: CoverLoading;
}

function ShelfBooks({ load, loadKey, size, title, coverLoading }: ShelfBooksProps) {
  const result = useQuery(load, loadKey);
  if (result.status === 'loading') return <ShelfSkeleton size={size} />;
  if (result.status === 'error') return <ErrorState what={`the ${title} shelf`} onRetry={result.reload} />;
  if (result.data.items.length === 0) return <EmptyState title="No books on this shelf yet." />;
  return (
    <ul className={styles.row} aria-label={title}>
      {result.data.items.map((book) => (
        <li key={book.id} className={styles.item}>
          <BookCard book={book} coverLoading={coverLoading} />
        </li>
      ))}
    </ul>
  );
}

function ShelfSkeleton({ size }: { size: number }) {
  return (
    <div className={styles.row} aria-hidden="true">
      {Array.from({ length: size }, (_, i) => (
        <div key={i} className={styles.item}>
          <BookCardSkeleton />
        </div>
      ))}
    </div>
  );
}
