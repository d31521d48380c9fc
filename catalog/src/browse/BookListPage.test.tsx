import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { renderAt } from '@folio/config/web/test/render';
import { listBooks } from '../api/books';
import { books, page } from '../test/books';
import { AllBooksPage, GenrePage, PAGE_SIZE } from './BookListPage';

jest.mock('../api/books');
const list = listBooks as jest.MockedFunction<typeof listBooks>;

const routes = (
  <Routes>
    <Route path="/books" element={<AllBooksPage />} />
    <Route path="/books/genre/:genre" element={<GenrePage notFound={<p>Not found (shell)</p>} />} />
  </Routes>
);

describe('a genre page', () => {
  it('lists the genre’s books in the API’s title order, then loads more with the nextToken', async () => {
    list
      .mockResolvedValueOnce(page(books(PAGE_SIZE, 'literary'), 'token-2'))
      .mockResolvedValueOnce(page(books(1, 'literary', PAGE_SIZE + 1)));
    renderAt('/books/genre/literary', routes);

    expect(screen.getByRole('heading', { level: 1, name: 'Literary fiction' })).toBeInTheDocument();
    expect(screen.getByText('Sorted by title')).toBeInTheDocument();
    const grid = await screen.findByRole('list', { name: 'Literary fiction' });
    expect(within(grid).getAllByRole('listitem')).toHaveLength(PAGE_SIZE);
    expect(list).toHaveBeenLastCalledWith({ genre: 'literary', limit: PAGE_SIZE, nextToken: null });

    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('That’s all 25 books.')).toBeInTheDocument();
    expect(list).toHaveBeenLastCalledWith({ genre: 'literary', limit: PAGE_SIZE, nextToken: 'token-2' });
    const titles = within(grid)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(titles).toEqual([...titles].sort());
    expect(titles).toHaveLength(PAGE_SIZE + 1);
  });

  it('says when loading more failed and lets the customer try again', async () => {
    list
      .mockResolvedValueOnce(page(books(2), 't2'))
      .mockRejectedValueOnce(new Error('network'))
      .mockResolvedValueOnce(page(books(1, 'book', 3)));
    renderAt('/books/genre/mystery', routes);
    await userEvent.click(await screen.findByRole('button', { name: 'Load more' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('We couldn’t load more books.');
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('That’s all 3 books.')).toBeInTheDocument();
  });

  it('shows an empty state for a genre without books', async () => {
    list.mockResolvedValue(page([]));
    renderAt('/books/genre/poetry', routes);
    expect(await screen.findByText('No books here yet.')).toBeInTheDocument();
  });

  it('shows an error with a retry when the list cannot be read', async () => {
    list.mockRejectedValueOnce(new Error('down')).mockResolvedValueOnce(page(books(1)));
    renderAt('/books/genre/fantasy', routes);
    await userEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('list', { name: 'Fantasy' })).toBeInTheDocument();
  });

  it('answers an unknown genre with the shell’s not-found page, without asking the API', () => {
    renderAt('/books/genre/cookery', routes);
    expect(screen.getByText('Not found (shell)')).toBeInTheDocument();
    expect(list).not.toHaveBeenCalled();
  });
});

describe('all books', () => {
  it('lists every genre together', async () => {
    list.mockResolvedValue(page(books(3)));
    renderAt('/books', routes);
    expect(screen.getByRole('heading', { level: 1, name: 'All books' })).toBeInTheDocument();
    expect(await screen.findByText('That’s all 3 books.')).toBeInTheDocument();
    expect(list).toHaveBeenCalledWith({ genre: undefined, limit: PAGE_SIZE, nextToken: null });
  });
});
