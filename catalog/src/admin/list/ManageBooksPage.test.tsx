import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, Route, Routes } from 'react-router';
import { renderAt } from '@folio/config/web/test/render';
import { bookCard } from '../../test/books';
import { deleteBook, listBooksForAdmin, searchBooksForAdmin, type AdminBookRow } from '../api/admin-books';
import { ADMIN_SEARCH_DEBOUNCE_MS, ManageBooksPage } from './ManageBooksPage';

jest.mock('../api/admin-books');
const list = listBooksForAdmin as jest.MockedFunction<typeof listBooksForAdmin>;
const search = searchBooksForAdmin as jest.MockedFunction<typeof searchBooksForAdmin>;
const remove = deleteBook as jest.MockedFunction<typeof deleteBook>;

const row = (overrides: Partial<AdminBookRow> = {}): AdminBookRow => ({
  ...bookCard(overrides),
  featured: false,
  ...overrides,
});
const emma = row({
  id: 'emma',
  title: 'Emma',
  author: 'Jane Austen',
  genre: 'romance',
  priceCents: 1999,
  stock: 4,
  featured: true,
});
const dracula = row({
  id: 'dracula',
  title: 'Dracula',
  author: 'Bram Stoker',
  genre: 'horror',
  priceCents: 850,
  stock: 0,
});

const at = (url: string) =>
  renderAt(
    url,
    <Routes>
      <Route path="/admin" element={<ManageBooksPage />} />
    </Routes>,
  );

const table = () => screen.findByRole('table');

describe('the admin’s book list', () => {
  beforeEach(() => {
    list.mockReset();
    list.mockResolvedValue({ items: [dracula, emma], nextToken: null });
  });

  it('shows each book’s title, author, genre, price, stock and featured flag, with Edit and Delete', async () => {
    at('/admin');
    expect(screen.getByRole('heading', { level: 1, name: 'Book management' })).toBeInTheDocument();
    const rows = within(await table()).getAllByRole('row');
    expect(
      rows.map((r) =>
        within(r)
          .queryAllByRole('columnheader')
          .map((h) => h.textContent),
      )[0],
    ).toEqual(['Title', 'Author', 'Genre', 'Price', 'Stock', 'Featured', 'Actions']);
    const cells = (r: HTMLElement) => [...r.querySelectorAll('th, td')].slice(0, 6).map((c) => c.textContent);
    expect(cells(rows[1])).toEqual(['Dracula', 'Bram Stoker', 'Horror & gothic', '$8.50', '0', 'No']);
    expect(cells(rows[2])).toEqual(['Emma', 'Jane Austen', 'Romance', '$19.99', '4', 'Yes']);
    expect(within(rows[2]).getByRole('link', { name: 'Edit Emma' })).toHaveAttribute('href', '/admin/books/emma/edit');
    expect(within(rows[2]).getByRole('button', { name: 'Delete Emma' })).toBeInTheDocument();
    expect(list).toHaveBeenCalledWith({ genre: '', nextToken: null });
    expect(screen.getByRole('link', { name: 'Add a book' })).toHaveAttribute('href', '/admin/books/new');
  });

  it('filters by genre (listBooks by genre) and keeps the genre in the URL', async () => {
    const view = at('/admin');
    await table();
    list.mockResolvedValueOnce({ items: [dracula], nextToken: null });
    await userEvent.selectOptions(screen.getByLabelText('Genre'), 'horror');
    expect(view.location()).toBe('/admin?genre=horror');
    expect(list).toHaveBeenLastCalledWith({ genre: 'horror', nextToken: null });
    expect(await screen.findByRole('table', { name: '1 book in Horror & gothic, by title' })).toBeInTheDocument();
  });

  it('searches by title or author (searchBooks) once the admin pauses typing', async () => {
    jest.useFakeTimers();
    try {
      search.mockResolvedValue({ items: [emma], nextToken: null });
      const view = at('/admin');
      await act(async () => undefined);
      const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
      await user.type(screen.getByLabelText('Search by title or author'), 'emm');
      expect(search).not.toHaveBeenCalled();
      await act(async () => jest.advanceTimersByTime(ADMIN_SEARCH_DEBOUNCE_MS));
      expect(view.location()).toBe('/admin?q=emm');
      expect(search).toHaveBeenCalledWith('emm', null);
      expect(await screen.findByRole('table', { name: '1 book matching “emm”' })).toBeInTheDocument();
    } finally {
      jest.useRealTimers();
    }
  });

  it('pages with the nextToken (“Load more”)', async () => {
    list.mockReset();
    list
      .mockResolvedValueOnce({ items: [dracula], nextToken: 'page-2' })
      .mockResolvedValueOnce({ items: [emma], nextToken: null });
    at('/admin');
    expect(await screen.findByRole('table', { name: 'First 1 book, by title' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByRole('table', { name: '2 books, by title' })).toBeInTheDocument();
    expect(list).toHaveBeenLastCalledWith({ genre: '', nextToken: 'page-2' });
  });

  it('deletes a book after confirmation: the row goes, a status says so and takes the focus', async () => {
    remove.mockResolvedValue({ id: 'emma', title: 'Emma' });
    at('/admin');
    await userEvent.click(within(await table()).getByRole('button', { name: 'Delete Emma' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Delete “Emma”?' });
    expect(dialog).toHaveTextContent('Orders that include it keep their lines');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete book' }));
    expect(remove).toHaveBeenCalledWith('emma');
    expect(await screen.findByText('Deleted “Emma”.')).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.queryByRole('rowheader', { name: 'Emma' })).toBeNull();
    expect(screen.getByRole('rowheader', { name: 'Dracula' })).toBeInTheDocument();
    await act(async () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
    expect(screen.getByText('Deleted “Emma”.').closest('[role="status"]')).toHaveFocus();
  });

  it('keeps the book when the admin cancels, or when the delete fails (and says why)', async () => {
    remove.mockRejectedValue(new Error('Network error'));
    at('/admin');
    await userEvent.click(within(await table()).getByRole('button', { name: 'Delete Emma' }));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(remove).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Delete Emma' }));
    await userEvent.click(screen.getByRole('button', { name: 'Delete book' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The book was not deleted: Network error. Try again.');
    expect(screen.getByRole('rowheader', { name: 'Emma' })).toBeInTheDocument();
  });

  it('shows an error with a retry when the list cannot be read', async () => {
    list.mockRejectedValueOnce(new Error('down')).mockResolvedValueOnce({ items: [emma], nextToken: null });
    at('/admin');
    await userEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await table()).toBeInTheDocument();
  });

  it('says when nothing matches', async () => {
    search.mockResolvedValue({ items: [], nextToken: null });
    at('/admin?q=zzz');
    expect(await screen.findByText('No books match “zzz”.')).toBeInTheDocument();
  });

  it('keeps the search box in step with the URL when it changes from outside (Back, a link)', async () => {
    search.mockResolvedValue({ items: [emma], nextToken: null });
    renderAt(
      '/admin?q=emma',
      <>
        <Link to="/admin?q=dracula">Find Dracula</Link>
        <Routes>
          <Route path="/admin" element={<ManageBooksPage />} />
        </Routes>
      </>,
    );
    expect(screen.getByLabelText('Search by title or author')).toHaveValue('emma');
    await userEvent.click(screen.getByRole('link', { name: 'Find Dracula' }));
    expect(screen.getByLabelText('Search by title or author')).toHaveValue('dracula');
    await waitFor(() => expect(search).toHaveBeenLastCalledWith('dracula', null));
  });
});
