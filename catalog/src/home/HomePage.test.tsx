import { screen, within } from '@testing-library/react';
import { GENRES, GENRE_LABELS } from '@folio/config/web/genres';
import { renderAt } from '@folio/config/web/test/render';
import { listBooks } from '../api/books';
import { bookCard, books, page } from '../test/books';
import { HomePage } from './HomePage';

jest.mock('../api/books');
const list = listBooks as jest.MockedFunction<typeof listBooks>;

/** Renders the home page and waits until every shelf has its books (featured 1 + 10 genres × 2). */
async function renderHome() {
  renderAt('/', <HomePage />);
  expect(await screen.findAllByRole('article')).toHaveLength(1 + GENRES.length * 2);
}

describe('the home page', () => {
  beforeEach(() => {
    list.mockImplementation(async ({ featured, genre } = {}) =>
      featured ? page([bookCard({ id: 'emma', title: 'Emma' })]) : page(books(2, genre ?? 'all')),
    );
  });

  it('has a hero with a way into the catalog', async () => {
    await renderHome();
    expect(screen.getByRole('heading', { level: 1, name: 'Classics, newly bound.' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Browse all books' })).toHaveAttribute('href', '/books');
  });

  it('shows the featured shelf first, read with featured: true', async () => {
    await renderHome();
    const featured = screen.getByRole('region', { name: 'Featured' });
    expect(await within(featured).findByRole('link', { name: /Emma/ })).toHaveAttribute('href', '/books/emma');
    expect(list).toHaveBeenCalledWith({ featured: true, limit: 6 });
  });

  it('loads the featured shelf’s covers at once (above the fold, the largest paint on a wide screen), the others’ as they scroll near', async () => {
    await renderHome();
    const covers = (name: string) =>
      [...screen.getByRole('region', { name }).querySelectorAll('img')].map((img) => img.getAttribute('loading'));
    expect(covers('Featured')).toEqual(['eager']);
    expect(covers(GENRE_LABELS[GENRES[0]])).toEqual(['lazy', 'lazy']);
  });

  it('has one shelf per genre, each linking to the genre page', async () => {
    await renderHome();
    for (const genre of GENRES) {
      const shelf = screen.getByRole('region', { name: GENRE_LABELS[genre] });
      expect(within(shelf).getByRole('link', { name: `See all ${GENRE_LABELS[genre]}` })).toHaveAttribute(
        'href',
        `/books/genre/${genre}`,
      );
      expect(await within(shelf).findAllByRole('article')).toHaveLength(2);
    }
  });

  it('keeps the page usable when a shelf fails, with a retry for that shelf', async () => {
    list.mockImplementation(async ({ genre } = {}) => {
      if (genre === 'poetry') throw new Error('timeout');
      return page(books(1, genre ?? 'featured'));
    });
    renderAt('/', <HomePage />);
    const poetry = screen.getByRole('region', { name: 'Poetry' });
    expect(await within(poetry).findByRole('alert')).toHaveTextContent('We couldn’t load the Poetry shelf.');
    expect(within(poetry).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(await within(screen.getByRole('region', { name: 'Fantasy' })).findAllByRole('article')).toHaveLength(1);
    expect(await screen.findAllByRole('article')).toHaveLength(1 + GENRES.length - 1);
  });
});
