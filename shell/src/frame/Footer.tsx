import { Link } from '@folio/config/web/router';
import styles from './Footer.module.css';

export function Footer() {
  return (
    <footer className={styles.footer}>
      <div className={styles.inner}>
        <div>
          <p className={styles.brand}>Folio</p>
          <p className={styles.tagline}>Public-domain classics in new editions.</p>
        </div>
        <nav aria-label="Footer">
          <ul className={styles.links}>
            <li>
              <Link to="/books">All books</Link>
            </li>
            <li>
              <Link to="/search">Search</Link>
            </li>
            <li>
              <Link to="/cart">Cart</Link>
            </li>
            <li>
              <Link to="/account">Your account</Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
