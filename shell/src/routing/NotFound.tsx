/** The store's one 404 page: the shell's for unknown URLs, and passed to each remote for the URLs it does not know. */
import { Link } from '@folio/config/web/router';
import { RemoteSlot } from '@folio/config/web/RemoteSlot';
import styles from './NotFound.module.css';

export function NotFound() {
  return (
    <div className={styles.page}>
      <title>Page not found · Folio</title>
      <div className={styles.message}>
        <p className={styles.code}>404</p>
        <h1 className={styles.title}>We can’t find that page.</h1>
        <p>
          The link may be old, or the book may have left our shelves. Try a <Link to="/search">search</Link>, or go back
          to the <Link to="/">home page</Link>.
        </p>
      </div>
      <RemoteSlot
        id="catalog/FeaturedShelf"
        props={{ title: 'You might like', size: 6 }}
        label="Book suggestions"
        variant="inline"
        fallback={<div className={styles.shelfSpace} aria-hidden="true" />}
      />
    </div>
  );
}
