/** The header's search: submits to /search?q=…, where the catalog shows the results. */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useLocation, useNavigate, useSearchParams } from '@folio/config/web/router';
import styles from './SearchBox.module.css';

export function SearchBox() {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [params] = useSearchParams();
  const onSearchPage = pathname === '/search';
  const query = onSearchPage ? (params.get('q') ?? '') : '';
  const [text, setText] = useState(query);
  const inputId = useId();

  // On the results page the box shows the query being looked at (typed here, there, or from a link).
  useEffect(() => {
    if (onSearchPage) setText(query);
  }, [onSearchPage, query]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const q = text.trim();
    navigate(q ? `/search?q=${encodeURIComponent(q)}` : '/search');
  }

  return (
    <form role="search" aria-label="Site" className={styles.form} onSubmit={submit}>
      <label htmlFor={inputId} className={styles.label}>
        Search books
      </label>
      <input
        id={inputId}
        className={styles.input}
        type="search"
        name="q"
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder="Search titles and authors"
        autoComplete="off"
        enterKeyHint="search"
      />
      <button type="submit" className={styles.button} aria-label="Search">
        <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" strokeWidth="2.2" />
          <path d="m15.5 15.5 5 5" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
        </svg>
      </button>
    </form>
  );
}
