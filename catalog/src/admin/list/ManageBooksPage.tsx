/**
 * /admin: every book, or one genre's, or a search (title and author words, as customers search), a page at a time
 * with "Load more"; Edit and Delete per row, "Add a book" above. The search and genre live in the URL, so saving
 * an edit comes back to the same list, and the list is read afresh on every visit.
 */
import { useEffect, useEffectEvent, useId, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from '@folio/config/web/router';
import { GENRES, GENRE_LABELS, isGenre } from '@folio/config/web/genres';
import { usePagedBooks } from '../../api/use-async';
import { LoadMore } from '../../browse/LoadMore';
import { useDebounced } from '../../search/use-debounced';
import { EmptyState, ErrorState } from '../../ui/Status';
import { listBooksForAdmin, searchBooksForAdmin, type AdminBookRow } from '../api/admin-books';
import { navState, type ListNotice } from '../ui/nav-state';
import { BookTable } from './BookTable';
import { DeleteBookDialog } from './DeleteBookDialog';
import page from '../ui/AdminPage.module.css';
import styles from './ManageBooksPage.module.css';

export const ADMIN_SEARCH_DEBOUNCE_MS = 300;

function useListParams() {
  const [params, setParams] = useSearchParams();
  const query = (params.get('q') ?? '').trim();
  const rawGenre = params.get('genre') ?? '';
  const genre = isGenre(rawGenre) ? rawGenre : '';
  const update = (changes: { q?: string; genre?: string }) => {
    const next = { q: changes.q ?? query, genre: changes.genre ?? genre };
    setParams(Object.fromEntries(Object.entries(next).filter(([, value]) => value !== '')), { replace: true });
  };
  return { query, genre, update };
}

/** The notice a save left in the location's state, taken once: a reload or Back does not show it again. */
function useArrivalNotice(): [ListNotice | null, (notice: ListNotice) => void] {
  const location = useLocation();
  const navigate = useNavigate();
  const [notice, setNotice] = useState<ListNotice | null>(null);
  const takeNotice = useEffectEvent(() => {
    const arrived = navState(location.state).notice;
    if (!arrived) return;
    // Set after mounting, into a status region already on the page, so screen readers announce it.
    setNotice(arrived);
    navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: null });
  });
  useEffect(() => {
    takeNotice();
  }, []); // once, on arrival
  return [notice, setNotice];
}

function summary(count: number, query: string, genre: string, hasMore: boolean): string {
  const books = `${count} ${count === 1 ? 'book' : 'books'}`;
  const where = genre ? ` in ${GENRE_LABELS[genre as keyof typeof GENRE_LABELS]}` : '';
  if (query) return `${hasMore ? `First ${books}` : books} matching “${query}”${where}`;
  return hasMore ? `First ${books}${where}, by title` : `${books}${where}, by title`;
}

export function ManageBooksPage() {
  const { query, genre, update } = useListParams();
  const location = useLocation();
  const searchId = useId();
  const genreId = useId();
  const [text, setText] = useState(query);
  const typed = useDebounced(text.trim(), ADMIN_SEARCH_DEBOUNCE_MS);
  const [notice, setNotice] = useArrivalNotice();
  const noticeRef = useRef<HTMLParagraphElement>(null);
  const [deleting, setDeleting] = useState<AdminBookRow | null>(null);
  const [deleted, setDeleted] = useState<ReadonlySet<string>>(() => new Set());

  // The last query this page wrote to the URL; any other change of ?q= (Back, a link) came from outside.
  const written = useRef(query);
  useEffect(() => {
    if (query !== written.current) {
      written.current = query;
      setText(query);
    }
  }, [query]);
  // An effect event: a new `update` (every render) is no reason to write; only a pause in typing writes the query.
  const writeQuery = useEffectEvent((q: string) => update({ q }));
  useEffect(() => {
    if (typed === written.current) return;
    written.current = typed;
    writeQuery(typed);
  }, [typed]);

  const books = usePagedBooks<AdminBookRow>(
    (nextToken) => (query ? searchBooksForAdmin(query, nextToken) : listBooksForAdmin({ genre, nextToken })),
    query ? `search:${query}` : `genre:${genre}`,
  );
  // Search has no genre argument: a genre narrows the results found so far.
  const rows = books.items.filter((book) => !deleted.has(book.id) && (!query || !genre || book.genre === genre));

  const onDeleted = (book: AdminBookRow) => {
    setDeleting(null);
    setDeleted((ids) => new Set(ids).add(book.id));
    setNotice({ text: `Deleted “${book.title}”.` });
    // Its row (and the Delete button that had the focus) is gone: the focus goes to the message that says so.
    requestAnimationFrame(() => noticeRef.current?.focus());
  };

  return (
    <div className={page.page}>
      <title>Book management · Folio</title>
      <header className={page.header}>
        <div>
          <h1 className={page.title}>Book management</h1>
          <p className={page.muted}>Add, edit and remove the books of the shop. Changes show to customers at once.</p>
        </div>
        <Link to="/admin/books/new" state={{ listSearch: location.search }} className={page.primaryLink}>
          Add a book
        </Link>
      </header>

      <p ref={noticeRef} role="status" tabIndex={-1} className={notice ? styles.notice : styles.noticeEmpty}>
        {notice && (
          <>
            {notice.text}{' '}
            {notice.bookId && <Link to={`/books/${encodeURIComponent(notice.bookId)}`}>View it in the shop</Link>}
          </>
        )}
      </p>

      <form
        role="search"
        aria-label="Find books"
        className={styles.filters}
        onSubmit={(event) => event.preventDefault()}
      >
        <div className={styles.filter}>
          <label htmlFor={searchId} className={styles.label}>
            Search by title or author
          </label>
          <input
            id={searchId}
            type="search"
            value={text}
            onChange={(event) => setText(event.target.value)}
            className={styles.input}
            autoComplete="off"
            spellCheck={false}
          />
        </div>
        <div className={styles.filter}>
          <label htmlFor={genreId} className={styles.label}>
            Genre
          </label>
          <select
            id={genreId}
            value={genre}
            onChange={(event) => update({ genre: event.target.value })}
            className={styles.input}
          >
            <option value="">All genres</option>
            {GENRES.map((slug) => (
              <option key={slug} value={slug}>
                {GENRE_LABELS[slug]}
              </option>
            ))}
          </select>
        </div>
      </form>

      {books.status === 'loading' && (
        <p role="status" className={page.muted}>
          Loading books…
        </p>
      )}
      {books.status === 'error' && <ErrorState what="the books" onRetry={books.reload} />}
      {books.status === 'ready' &&
        (rows.length === 0 && !books.hasMore ? (
          <EmptyState
            title={query ? `No books match “${query}”${genre ? ' in this genre' : ''}.` : 'No books here yet.'}
          >
            <Link to="/admin/books/new">Add a book</Link>
          </EmptyState>
        ) : (
          <>
            <BookTable
              books={rows}
              caption={summary(rows.length, query, genre, books.hasMore)}
              listSearch={location.search}
              onDelete={setDeleting}
            />
            <LoadMore books={{ ...books, items: rows }} />
          </>
        ))}

      {deleting && <DeleteBookDialog book={deleting} onDeleted={onDeleted} onCancel={() => setDeleting(null)} />}
    </div>
  );
}
