import { GENRES, GENRE_LABELS } from '@folio/config/web/genres';
import { listBooks } from '../api/books';
import { Shelf } from '../books/Shelf';
import FeaturedShelf from './FeaturedShelf';
import { Hero } from './Hero';
import styles from './HomePage.module.css';

export function HomePage() {
  return (
    <div className={styles.home}>
      <title>Folio · Classic books, newly bound</title>
      <Hero />
      <FeaturedShelf />
      {GENRES.map((genre) => (
        <Shelf
          key={genre}
          title={GENRE_LABELS[genre]}
          seeAll={{ to: `/books/genre/${genre}`, label: `See all ${GENRE_LABELS[genre]}` }}
          load={() => listBooks({ genre, limit: 6 })}
          loadKey={`genre:${genre}:6`}
        />
      ))}
    </div>
  );
}
