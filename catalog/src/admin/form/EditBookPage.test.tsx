import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { renderAt } from '@folio/config/web/test/render';
import { TEST_APP_CONFIG } from '@folio/config/web/test/setup';
import { adminBook } from '../../test/books';
import { getBookForEdit, listBooksForAdmin, updateBook } from '../api/admin-books';
import { ManageBooksPage } from '../list/ManageBooksPage';
import { EditBookPage } from './EditBookPage';

jest.mock('../api/admin-books');
const get = getBookForEdit as jest.MockedFunction<typeof getBookForEdit>;
const update = updateBook as jest.MockedFunction<typeof updateBook>;

const stored = adminBook({
  id: 'emma',
  title: 'Emma',
  priceCents: 1990,
  stock: 7,
  isbn: '9780141439587',
  publishedYear: 1815,
  featured: false,
  coverKey: 'covers/emma.png',
});

const at = (url: string) =>
  renderAt(
    url,
    <Routes>
      <Route path="/admin" element={<ManageBooksPage />} />
      <Route path="/admin/books/:id/edit" element={<EditBookPage />} />
    </Routes>,
  );

describe('editing a book', () => {
  beforeEach(() => (listBooksForAdmin as jest.Mock).mockResolvedValue({ items: [], nextToken: null }));

  it('fills the form with the book as stored now: price in dollars, its cover', async () => {
    get.mockResolvedValue(stored);
    at('/admin/books/emma/edit');
    expect(await screen.findByRole('heading', { level: 1, name: 'Edit “Emma”' })).toBeInTheDocument();
    expect(get).toHaveBeenCalledWith('emma');
    expect(screen.getByLabelText('Title')).toHaveValue('Emma');
    expect(screen.getByLabelText('Price (USD)')).toHaveValue('19.90');
    expect(screen.getByLabelText('Stock')).toHaveValue('7');
    expect(screen.getByLabelText(/^ISBN/)).toHaveValue('9780141439587');
    expect(screen.getByLabelText(/^First published/)).toHaveValue('1815');
    expect(screen.getByLabelText('Genre')).toHaveValue('romance');
    expect(screen.getByLabelText('Featured')).not.toBeChecked();
    expect(screen.getByRole('img', { name: 'Current cover' })).toHaveAttribute(
      'src',
      `${TEST_APP_CONFIG.imageBaseUrl}/covers/emma.png`,
    );
    expect(screen.getByRole('link', { name: 'View in the shop' })).toHaveAttribute('href', '/books/emma');
  });

  it('saves the new price in cents with every other field as it was, then returns to the list with a status', async () => {
    get.mockResolvedValue(stored);
    update.mockResolvedValue({ ...stored, priceCents: 2450 });
    const view = at('/admin/books/emma/edit');
    const price = await screen.findByLabelText('Price (USD)');
    await userEvent.clear(price);
    await userEvent.type(price, '24.5');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(update).toHaveBeenCalledWith('emma', {
      title: 'Emma',
      author: 'Jane Austen',
      description: stored.description,
      genre: 'romance',
      priceCents: 2450,
      stock: 7,
      coverKey: 'covers/emma.png',
      featured: false,
      isbn: '9780141439587',
      publishedYear: 1815,
    });
    expect(await screen.findByText('Saved “Emma”.')).toBeInTheDocument();
    expect(view.location()).toBe('/admin');
  });

  it('clears the cover when the admin removes it', async () => {
    get.mockResolvedValue(stored);
    update.mockResolvedValue({ ...stored, coverKey: null });
    at('/admin/books/emma/edit');
    await userEvent.click(await screen.findByRole('button', { name: 'Remove cover' }));
    expect(screen.getByText('No cover yet')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(update).toHaveBeenCalledWith('emma', expect.objectContaining({ coverKey: null }));
  });

  it('says so when the book no longer exists', async () => {
    get.mockResolvedValue(null);
    at('/admin/books/gone/edit');
    expect(await screen.findByText(/There is no book with this id/)).toBeInTheDocument();
  });

  it('offers a retry when the book cannot be read', async () => {
    get.mockRejectedValueOnce(new Error('down')).mockResolvedValueOnce(stored);
    at('/admin/books/emma/edit');
    await userEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Edit “Emma”' })).toBeInTheDocument();
  });
});
