import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { federationCalls, provideRemoteModule, setRemoteDown } from '@folio/config/web/test/fake-federation-runtime';
import { renderAt } from '@folio/config/web/test/render';
import { TEST_APP_CONFIG } from '@folio/config/web/test/setup';
import type { AddToCartButtonProps } from 'cart-checkout/AddToCartButton';
import { getBook, listBooks } from '../api/books';
import { bookCard, bookDetail, page } from '../test/books';
import { BookPage } from './BookPage';

jest.mock('../api/books');
const get = getBook as jest.MockedFunction<typeof getBook>;
const list = listBooks as jest.MockedFunction<typeof listBooks>;

const ui = (
  <Routes>
    <Route path="/books/:id" element={<BookPage notFound={<p>Not found (shell)</p>} />} />
  </Routes>
);

/** The slot reports the failure it shows (React and RemoteSlot log it): expected here, so kept out of the output. */
function quietExpectedErrors() {
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
  jest.spyOn(console, 'warn').mockImplementation(() => undefined);
}

/** cart-checkout's button as the fake federation runtime serves it. */
function FakeAddToCart({ book }: AddToCartButtonProps) {
  return (
    <button type="button">
      Add {book.title} ({book.stock})
    </button>
  );
}

describe('a book page', () => {
  beforeEach(() => {
    provideRemoteModule('cart-checkout/AddToCartButton', () => ({ default: FakeAddToCart }));
    list.mockResolvedValue(
      page([bookCard({ id: 'emma', title: 'Emma' }), bookCard({ id: 'persuasion', title: 'Persuasion' })]),
    );
  });

  it('starts downloading cart-checkout’s button while the book itself loads', async () => {
    // GIVEN a book that has not arrived yet
    get.mockReturnValue(new Promise(() => undefined));
    // WHEN its page renders
    renderAt('/books/emma', ui);
    // THEN the button's download has started already, beside the book's query
    expect(await screen.findByRole('status')).toBeInTheDocument();
    expect(federationCalls.preloadRemote).toContainEqual([
      { nameOrAlias: 'cart-checkout', exposes: ['AddToCartButton'] },
    ]);
  });

  it('shows the book: cover, title, author, year, description, price and stock', async () => {
    get.mockResolvedValue(bookDetail({ id: 'emma', title: 'Emma', priceCents: 949, stock: 3, publishedYear: 1815 }));
    renderAt('/books/emma', ui);
    expect(await screen.findByRole('heading', { level: 1, name: 'Emma' })).toBeInTheDocument();
    const cover = screen.getByRole('img', { name: 'Cover of Emma' });
    expect(cover).toHaveAttribute('src', `${TEST_APP_CONFIG.imageBaseUrl}/covers/emma.png`);
    expect(cover).toHaveAttribute('width', '400');
    expect(cover).toHaveAttribute('height', '600');
    expect(screen.getByText('Jane Austen')).toBeInTheDocument();
    expect(screen.getByText('1815')).toBeInTheDocument();
    expect(screen.getByText('$9.49')).toBeInTheDocument();
    expect(screen.getByText('Only 3 left')).toBeInTheDocument();
    expect(screen.getByText(/Elizabeth Bennet/)).toBeInTheDocument();
    expect(get).toHaveBeenCalledWith('emma');
  });

  it.each([
    [0, 'Sold out'],
    [5, 'Only 5 left'],
    [6, 'In stock'],
  ])('with %i in stock says “%s”', async (stock, label) => {
    get.mockResolvedValue(bookDetail({ stock }));
    renderAt('/books/pride-and-prejudice', ui);
    expect(await screen.findByText(label)).toBeInTheDocument();
  });

  it('renders cart-checkout’s AddToCartButton, loaded at run time, with the book', async () => {
    get.mockResolvedValue(bookDetail({ stock: 7 }));
    renderAt('/books/pride-and-prejudice', ui);
    expect(await screen.findByRole('button', { name: 'Add Pride and Prejudice (7)' })).toBeInTheDocument();
  });

  it('keeps the page when cart-checkout is down: the slot says so and Retry loads it again', async () => {
    quietExpectedErrors();
    setRemoteDown('cart-checkout');
    get.mockResolvedValue(bookDetail());
    renderAt('/books/pride-and-prejudice', ui);
    expect(await screen.findByText('Add to cart unavailable')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Pride and Prejudice' })).toBeInTheDocument();

    setRemoteDown('cart-checkout', false);
    await userEvent.click(screen.getByRole('button', { name: 'Retry loading add to cart' }));
    expect(await screen.findByRole('button', { name: /Add Pride and Prejudice/ })).toBeInTheDocument();
  });

  it('offers more books of its genre (not itself), linking to the genre page', async () => {
    get.mockResolvedValue(bookDetail({ id: 'emma', title: 'Emma', genre: 'romance' }));
    renderAt('/books/emma', ui);
    const shelf = await screen.findByRole('region', { name: 'More romance' });
    expect(await within(shelf).findByRole('link', { name: /Persuasion/ })).toHaveAttribute('href', '/books/persuasion');
    expect(within(shelf).queryByRole('link', { name: /^Emma/ })).toBeNull();
    expect(within(shelf).getByRole('link', { name: 'See all Romance' })).toHaveAttribute(
      'href',
      '/books/genre/romance',
    );
    expect(list).toHaveBeenCalledWith({ genre: 'romance', limit: 7 });
  });

  it('answers a book that does not exist with the shell’s not-found page', async () => {
    get.mockResolvedValue(null);
    renderAt('/books/no-such-book', ui);
    expect(await screen.findByText('Not found (shell)')).toBeInTheDocument();
  });

  it('shows an error with a retry when the book cannot be read', async () => {
    get.mockRejectedValueOnce(new Error('down')).mockResolvedValueOnce(bookDetail());
    renderAt('/books/pride-and-prejudice', ui);
    await userEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Pride and Prejudice' })).toBeInTheDocument();
  });
});
