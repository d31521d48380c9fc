import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { renderAt } from '@folio/config/web/test/render';
import { deskRow } from '../../test/desk-orders';
import { findOrders, listOrders } from './order-desk-api';
import { OrderDeskPage } from './OrderDeskPage';

jest.mock('./order-desk-api', () => ({
  ...jest.requireActual('./order-desk-api'),
  listOrders: jest.fn(),
  findOrders: jest.fn(),
}));
const list = listOrders as jest.MockedFunction<typeof listOrders>;
const find = findOrders as jest.MockedFunction<typeof findOrders>;

const at = (url: string) =>
  renderAt(
    url,
    <Routes>
      <Route path="/admin/orders" element={<OrderDeskPage />} />
    </Routes>,
  );

const cells = (row: HTMLElement) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent);

describe('the order desk’s list', () => {
  beforeEach(() => {
    list.mockReset();
    find.mockReset();
  });

  it('lists every customer’s orders newest first: number, date, customer, items, total, refunded, status', async () => {
    list.mockResolvedValue({
      items: [
        deskRow(1, { items: [{ quantity: 2 }, { quantity: 1 }] }),
        deskRow(2, { status: 'SHIPPED', refundedCents: 500 }),
      ],
      nextToken: null,
    });
    at('/admin/orders');
    expect(screen.getByRole('heading', { level: 1, name: 'Orders' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Loading orders…');
    const table = await screen.findByRole('table', { name: '2 orders, newest first' });
    const rows = within(table).getAllByRole('row');
    expect(cells(rows[0])).toEqual(['Order', 'Placed', 'Customer', 'Items', 'Total', 'Refunded', 'Status']);
    expect(cells(rows[1])).toEqual([
      'Order 01C0FFEE',
      'Nov 29, 2025',
      'reader1@folio.test',
      '3',
      '$10.01',
      '—',
      'Paid',
    ]);
    expect(cells(rows[2])).toEqual([
      'Order 02C0FFEE',
      'Nov 28, 2025',
      'reader2@folio.test',
      '1',
      '$10.02',
      '$5.00',
      'Shipped',
    ]);
    expect(within(rows[1]).getByRole('link', { name: 'Order 01C0FFEE' })).toHaveAttribute(
      'href',
      `/admin/orders/${deskRow(1).id}`,
    );
    expect(list).toHaveBeenCalledWith(null, null);
    expect(screen.getByText('That’s all 2 orders.')).toBeInTheDocument();
  });

  it('filters by status through the API and keeps it in the URL', async () => {
    list.mockResolvedValue({ items: [deskRow(1)], nextToken: null });
    const view = at('/admin/orders');
    await screen.findByRole('table');
    list.mockResolvedValueOnce({ items: [deskRow(3, { status: 'SHIPPED' })], nextToken: null });
    await userEvent.selectOptions(screen.getByLabelText('Status'), 'SHIPPED');
    expect(view.location()).toBe('/admin/orders?status=SHIPPED');
    expect(list).toHaveBeenLastCalledWith('SHIPPED', null);
    expect(await screen.findByRole('table', { name: '1 order shipped, newest first' })).toBeInTheDocument();
  });

  it('pages with “Load more” (nextToken)', async () => {
    list
      .mockResolvedValueOnce({ items: [deskRow(1)], nextToken: 'page-2' })
      .mockResolvedValueOnce({ items: [deskRow(2)], nextToken: null });
    at('/admin/orders');
    expect(await screen.findByRole('table', { name: 'Latest 1 order, newest first' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByRole('table', { name: '2 orders, newest first' })).toBeInTheDocument();
    expect(list).toHaveBeenLastCalledWith(null, 'page-2');
  });

  it('finds orders by number or email (findOrders), and goes back to all orders', async () => {
    list.mockResolvedValue({ items: [deskRow(1), deskRow(2)], nextToken: null });
    find.mockResolvedValue({ items: [deskRow(2)], nextToken: null });
    const view = at('/admin/orders');
    await screen.findByRole('table');
    await userEvent.type(screen.getByLabelText('Order number or customer email'), 'reader2@folio.test{Enter}');
    expect(view.location()).toBe('/admin/orders?find=reader2%40folio.test');
    expect(find).toHaveBeenCalledWith('reader2@folio.test', null);
    expect(await screen.findByRole('table', { name: '1 order found for “reader2@folio.test”' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Show all orders' }));
    expect(view.location()).toBe('/admin/orders');
    expect(await screen.findByRole('table', { name: '2 orders, newest first' })).toBeInTheDocument();
  });

  it('says when nothing is found, and offers a retry when the list cannot be read', async () => {
    find.mockResolvedValue({ items: [], nextToken: null });
    at('/admin/orders?find=ZZZZ0000');
    expect(await screen.findByText('No orders found for “ZZZZ0000”.')).toBeInTheDocument();

    list.mockRejectedValueOnce(new Error('down')).mockResolvedValueOnce({ items: [deskRow(1)], nextToken: null });
    await userEvent.click(screen.getByRole('button', { name: 'Show all orders' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('table')).toBeInTheDocument();
  });

  it('says when there are no orders of a status yet', async () => {
    list.mockResolvedValue({ items: [], nextToken: null });
    at('/admin/orders?status=REFUNDED');
    expect(await screen.findByText('No refunded orders yet.')).toBeInTheDocument();
  });
});
