/** Browse by genre: all books, then the catalog's genres (from the seed catalog, the one list of them). */
import { NavLink } from '@folio/config/web/router';
import { GENRES, GENRE_LABELS } from '@folio/config/web/genres';
import styles from './GenreNav.module.css';

const linkClass = ({ isActive }: { isActive: boolean }) => (isActive ? `${styles.link} ${styles.active}` : styles.link);

export function GenreNav() {
  return (
    <nav aria-label="Genres" className={styles.nav}>
      <ul className={styles.list}>
        <li>
          <NavLink to="/books" end className={linkClass}>
            All books
          </NavLink>
        </li>
        {GENRES.map((genre) => (
          <li key={genre}>
            <NavLink to={`/books/genre/${genre}`} className={linkClass}>
              {GENRE_LABELS[genre]}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
