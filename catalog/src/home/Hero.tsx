import { Link } from '@folio/config/web/router';
import styles from './Hero.module.css';

/** Book spines for the hero's shelf: colour and height, drawn in CSS (nothing to download). */
const SPINES = [
  ['#e0a72e', 86],
  ['#1f1d1a', 100],
  ['#efe6d2', 78],
  ['#51397a', 94],
  ['#a3304b', 88],
  ['#2c6b78', 100],
  ['#c4522a', 82],
  ['#efe6d2', 92],
  ['#2a5f4b', 76],
] as const;

export function Hero() {
  return (
    <section className={styles.hero} aria-labelledby="folio-hero-title">
      <div className={styles.inner}>
        <div className={styles.shelfArt} aria-hidden="true">
          {SPINES.map(([color, height], i) => (
            <span key={i} className={styles.spine} style={{ background: color, height: `${height}%` }} />
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
