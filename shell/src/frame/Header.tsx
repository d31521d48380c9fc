/** The header: logo, search, the account and cart slots (remotes), and the genre navigation. */
import { Link } from '@folio/config/web/router';
import { RemoteSlot } from '@folio/config/web/RemoteSlot';
import { HEADER_SLOTS } from '../startup/begin-startup';
import { GenreNav } from './GenreNav';
import { SearchBox } from './SearchBox';
import styles from './Header.module.css';

export function Header() {
  return (
    <header className={styles.header}>
      <div className={styles.bar}>
        <Link to="/" className={styles.logo} aria-label="Folio home">
          <svg className={styles.mark} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
            <rect width="32" height="32" rx="6" />
            <path d="M9 8h14v3H13v4h8v3h-8v6H9z" fill="currentColor" />
          </svg>
          <span className={styles.wordmark}>Folio</span>
        </Link>
        <div className={styles.search}>
          <SearchBox />
        </div>
        <div className={styles.actions}>
          <div className={styles.accountSlot}>
            <RemoteSlot
              id={HEADER_SLOTS.account}
              label="Account"
              variant="inline"
              fallback={<span className={styles.slotSpace} aria-hidden="true" />}
            />
          </div>
          <div className={styles.cartSlot}>
            <RemoteSlot
              id={HEADER_SLOTS.cart}
              label="Cart"
              variant="inline"
              fallback={<span className={styles.slotSpace} aria-hidden="true" />}
            />
          </div>
        </div>
      </div>
      <GenreNav />
    </header>
  );
}
