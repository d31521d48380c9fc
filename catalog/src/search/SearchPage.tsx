/**
 * Search by title or author words (the API matches word prefixes). The query lives in the URL (?q=), so the
 * header's search box, links and the back button all work; typing here updates it after a short pause.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { Link, useSearchParams } from '@folio/config/web/router';
import { searchBooks } from '../api/books';
import { usePagedQuery } from '@folio/config/web/use-paged-query';
import { BookGrid, BookGridSkeleton } from '../books/BookGrid';
import { LoadMore } from '../browse/LoadMore';
import { EmptyState, ErrorState, LiveStatus } from '@folio/config/web/Status';
import { useDebounced } from './use-debounced';
import styles from './SearchPage.module.css';

export const SEARCH_DEBOUNCE_MS = 300;

export function SearchPage() {
  const [params, setParams] = useSearchParams();
  const query = (params.get('q') ?? '').trim();
  const [text, setText] = useState(query);
  const typed = useDebounced(text.trim(), SEARCH_DEBOUNCE_MS);
  const inputId = useId();
  // The last query this page wrote to the URL; any other change of ?q= came from outside (the header).
  const written = useRef(query);

  useEffect(() => {
    if (query !== written.current) {
      written.current = query;
      setText(query);
    }
  }, [query]);

  useEffect(() => {
    if (typed === written.current) return;
    written.current = typed;
    setParams(typed ? { q: typed } : {}, { replace: true });
  }, [typed, setParams]);

  return (
    <div className={styles.page}>
      <title>{query ? `“${query}” · Search · Folio` : 'Search · Folio'}</title>
      <form
        role="search"
        aria-label="Catalog search"
        className={styles.form}
        onSubmit={(event) => {
          event.preventDefault();
          const now = text.trim();
          written.current = now;
          setParams(now ? { q: now } : {}, { replace: true });
        }}
      >
        <label htmlFor={inputId} className={styles.label}>
          Search the catalog
        </label>
        <input
          id={inputId}
          className={styles.input}
          type="search"
          value={text}
          onChange={(event) => setText(event.target.value)}
          placeholder="Title or author, e.g. austen"
          autoComplete="off"
          spellCheck={false}
        />
      </form>
      {query ? <Results query={query} /> : <Prompt />}
    </div>
  );
}

function Results({ query }: { query: string }) {
  const books = usePagedQuery((nextToken) => searchBooks(query, { nextToken }), `search:${query}`);
  return (
    <section aria-labelledby="folio-search-title">
      <h1 id="folio-search-title" className={styles.title}>
        Results for “{query}”
      </h1>
      {books.status === 'loading' && <BookGridSkeleton count={6} />}
      {books.status === 'error' && <ErrorState what="search results" onRetry={books.reload} />}
      {books.status === 'ready' &&
        (books.items.length === 0 ? (
          <EmptyState title={`No books match “${query}”.`}>
            <p>Try fewer words, or the start of an author’s surname.</p>
            <Link to="/books">Browse all books</Link>
          </EmptyState>
        ) : (
          <>
            <p className={styles.count}>
              {books.hasMore
                ? `Showing the first ${books.items.length} books`
                : `${books.items.length} ${books.items.length === 1 ? 'book' : 'books'}`}
            </p>
            <BookGrid books={books.items} label={`Results for ${query}`} />
            <LoadMore books={books} />
          </>
        ))}
      <LiveStatus>
        {books.status === 'ready'
          ? `${books.items.length} ${books.items.length === 1 ? 'result' : 'results'} for ${query}`
          : ''}
      </LiveStatus>
    </section>
  );
}

function Prompt() {
  return (
    <section aria-labelledby="folio-search-title">
      <h1 id="folio-search-title" className={styles.title}>
        Search
      </h1>
      <EmptyState title="Type a title or an author’s name.">
        <p>Every word counts from its start: “pri prej” finds Pride and Prejudice.</p>
      </EmptyState>
    </section>
  );
}
