import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link } from 'react-router';
import { renderAt } from '@folio/config/web/test/render';
import { getBook, listBooks, searchBooks } from './api/books';
import { onSessionChange, readSession } from '@folio/config/web/session';
import { getBookForEdit, listBooksForAdmin } from './admin/api/admin-books';
import { getDeskOrder, listOrders } from './admin/orders/order-desk-api';
import { bookCard, bookDetail, page } from './test/books';
import CatalogRoutes from './routes';

jest.mock('./api/books');
jest.mock('@folio/config/web/session');
jest.mock('./admin/api/admin-books');
jest.mock('./admin/orders/order-desk-api');
const access = readSession as jest.MockedFunction<typeof readSession>;
const signedIn = (email: string, groups: string[]) => ({
  sub: email,
  email,
  groups,
  isAdmin: groups.includes('Admin'),
});
beforeEach(() => {
  (listBooks as jest.Mock).mockResolvedValue(page([]));
  (searchBooks as jest.Mock).mockResolvedValue(page([]));
  (getBook as jest.Mock).mockResolvedValue(bookDetail({ title: 'Emma' }));
  (listBooksForAdmin as jest.Mock).mockResolvedValue(page([]));
  (getBookForEdit as jest.Mock).mockReturnValue(new Promise(() => undefined));
  (listOrders as jest.Mock).mockResolvedValue(page([]));
  (getDeskOrder as jest.Mock).mockResolvedValue(null);
  (onSessionChange as jest.Mock).mockReturnValue(() => undefined);
  access.mockResolvedValue(signedIn('admin@folio.test', ['Admin']));
});

const at = (url: string) => renderAt(url, <CatalogRoutes notFound={<p>Not found (shell)</p>} />);

describe('the catalog’s routes', () => {
  it.each([
    ['/', 'Classics, newly bound.'],
    ['/books', 'All books'],
    ['/books/genre/mystery', 'Mystery & crime'],
    ['/search?q=poe', 'Results for “poe”'],
  ])('%s shows “%s”', async (url, heading) => {
    at(url);
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
  });

  it('/books/:id shows the book', async () => {
    at('/books/emma');
    expect(await screen.findByRole('heading', { level: 1, name: 'Emma' })).toBeInTheDocument();
  });

  it('/admin shows book management to the Admin group (its code loads on demand)', async () => {
    at('/admin');
    expect(await screen.findByRole('heading', { level: 1, name: 'Book management' })).toBeInTheDocument();
  });

  it.each([
    ['/admin/books/new', 'Add a book'],
    ['/admin/books/emma/edit', 'Edit a book'],
    ['/admin/orders', 'Orders'],
    ['/admin/orders/7f3a9c0d', 'Order not found'],
  ])('%s shows “%s”', async (url, heading) => {
    at(url);
    expect(await screen.findByRole('heading', { level: 1, name: heading })).toBeInTheDocument();
  });

  it.each(['/admin/books/new', '/admin/orders', '/admin/orders/7f3a9c0d'])(
    '%s shows “Not allowed” to a signed-in customer, and asks the API nothing',
    async (url) => {
      access.mockResolvedValue(signedIn('customer@folio.test', []));
      at(url);
      expect(await screen.findByRole('heading', { level: 1, name: 'Not allowed' })).toBeInTheDocument();
      expect(listOrders).not.toHaveBeenCalled();
      expect(getDeskOrder).not.toHaveBeenCalled();
    },
  );

  it('the admin pages link to each other: books and orders', async () => {
    at('/admin/orders');
    const nav = await screen.findByRole('navigation', { name: 'Store management' });
    expect(within(nav).getByRole('link', { name: 'Orders' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Books' })).toHaveAttribute('href', '/admin');
  });

  it('an unknown admin URL gets the shell’s not-found page', async () => {
    at('/admin/nothing-here');
    expect(await screen.findByText('Not found (shell)')).toBeInTheDocument();
  });

  it('anything else gets the shell’s not-found page', () => {
    at('/books/genre/mystery/extra');
    expect(screen.getByText('Not found (shell)')).toBeInTheDocument();
  });

  it('reads books afresh on every visit, so an admin’s edit shows to customers at once (no cache across pages)', async () => {
    const get = getBook as jest.Mock;
    const search = searchBooks as jest.Mock;
    get
      .mockResolvedValueOnce(bookDetail({ id: 'emma', title: 'Emma', priceCents: 1999 }))
      .mockResolvedValueOnce(bookDetail({ id: 'emma', title: 'Emma', priceCents: 2450 }));
    search
      .mockResolvedValueOnce(page([bookCard({ id: 'emma', title: 'Emma', priceCents: 1999 })]))
      .mockResolvedValueOnce(page([]));
    renderAt(
      '/books/emma',
      <>
        <nav aria-label="Test">
          <Link to="/books/emma">Book</Link> <Link to="/search?q=emma">Search</Link>
        </nav>
        <CatalogRoutes />
      </>,
    );
    const nav = screen.getByRole('navigation', { name: 'Test' });
    expect(await screen.findByText('$19.99')).toBeInTheDocument();
    await userEvent.click(within(nav).getByRole('link', { name: 'Search' }));
    expect(await screen.findByRole('list', { name: 'Results for emma' })).toBeInTheDocument();
    await userEvent.click(within(nav).getByRole('link', { name: 'Book' }));
    expect(await screen.findByText('$24.50')).toBeInTheDocument();
    await userEvent.click(within(nav).getByRole('link', { name: 'Search' }));
    expect(await screen.findByText('No books match “emma”.')).toBeInTheDocument();
    expect(get).toHaveBeenCalledTimes(2);
    expect(search).toHaveBeenCalledTimes(2);
  });
});
