/** The featured books as a shelf: on the home page, and exposed for the shell (its 404 page offers them). */
import { listBooks } from '../api/books';
import { Shelf } from '../books/Shelf';

export interface FeaturedShelfProps {
  title?: string;
  size?: number;
}

export default function FeaturedShelf({ title = 'Featured', size = 6 }: FeaturedShelfProps) {
  return (
    <Shelf
      title={title}
      intro="Hand-picked classics our readers return to."
      seeAll={{ to: '/books', label: 'See all books' }}
      load={() => listBooks({ featured: true, limit: size })}
      loadKey={`featured:${size}`}
      eager
      size={size}
    />
  );
}
