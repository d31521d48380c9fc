import { Link } from '@folio/config/web/router';
import styles from './Hero.module.css';

/** Book spines for the hero's shelf, drawn in CSS (nothing to download; colours and heights in Hero.module.css). */
const SPINES = 9;

export function Hero() {
  return (
    <section className={styles.hero} aria-labelledby="folio-hero-title">
      <div className={styles.inner}>
        <div className={styles.shelfArt} aria-hidden="true">
          {/* Classes, not style attributes: the prerendered page's Content-Security-Policy refuses inline styles. */}
          {Array.from({ length: SPINES }, (_, i) => (
            <span key={i} className={styles.spine} />
          ))}
        </div>
        <p className={styles.kicker}>The public-domain bookshop</p>
        <h1 id="folio-hero-title" className={styles.title}>
          Classics, newly bound.
        </h1>
        <p className={styles.lead}>
          Tolstoy to Austen, Poe to Dickinson: the books that lasted, in clean new editions, shipped from our shelves to
          yours.
        </p>
        <div className={styles.actions}>
          <Link to="/books" className={styles.primary}>
            Browse all books
          </Link>
          <Link to="/books/genre/mystery" className={styles.secondary}>
            Start with a mystery
          </Link>
        </div>
      </div>
    </section>
  );
}
