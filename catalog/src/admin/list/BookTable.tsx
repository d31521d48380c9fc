import { useId } from 'react';
import { Link } from '@folio/config/web/router';
import { formatPrice } from '@folio/config/web/format';
import { GENRE_LABELS, isGenre } from '@folio/config/web/genres';
import type { AdminBookRow } from '../api/admin-books';
import type { AdminNavState } from '../ui/nav-state';
import { visuallyHidden } from '@folio/config/web/a11y';
import styles from './BookTable.module.css';

interface BookTableProps {
  books: readonly AdminBookRow[];
  caption: string;
  /** The list's query string, so that saving an edit comes back to the same list. */
  listSearch: string;
  onDelete(book: AdminBookRow): void;
}

/** The admin's books, one row each; on a phone each row becomes a card, its cells labelled (data-label). */
export function BookTable({ books, caption, listSearch, onDelete }: BookTableProps) {
  const captionId = useId();
  const editState: AdminNavState = { listSearch };
  return (
    /* eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex --
       focusable, so keyboard users can scroll it sideways should it ever be wider than the screen */
    <div className={styles.scroller} role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className={styles.table}>
        <caption id={captionId} className={styles.caption}>
          {caption}
        </caption>
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Author</th>
            <th scope="col">Genre</th>
            <th scope="col" className={styles.number}>
              Price
            </th>
            <th scope="col" className={styles.number}>
              Stock
            </th>
            <th scope="col">Featured</th>
            <th scope="col">
              <span className={visuallyHidden}>Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {books.map((book) => (
            <tr key={book.id}>
              <th scope="row" className={styles.title}>
                {book.title}
              </th>
              <td data-label="Author">{book.author}</td>
              <td data-label="Genre">{isGenre(book.genre) ? GENRE_LABELS[book.genre] : book.genre}</td>
              <td data-label="Price" className={styles.number}>
                {formatPrice(book.priceCents, book.currency)}
              </td>
              <td data-label="Stock" className={`${styles.number} ${book.stock === 0 ? styles.soldOut : ''}`}>
                {book.stock}
              </td>
              <td data-label="Featured">
                {book.featured ? (
                  <span className={styles.featured}>Yes</span>
                ) : (
                  <span className={styles.muted}>No</span>
                )}
              </td>
              <td className={styles.actionsCell}>
                <div className={styles.actions}>
                  <Link
                    to={`/admin/books/${encodeURIComponent(book.id)}/edit`}
                    state={editState}
                    className={styles.action}
                  >
                    Edit<span className={visuallyHidden}> {book.title}</span>
                  </Link>
                  <button type="button" className={`${styles.action} ${styles.delete}`} onClick={() => onDelete(book)}>
                    Delete<span className={visuallyHidden}> {book.title}</span>
                  </button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
