import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderAt } from '@folio/config/web/test/render';
import { answer, graphqlCalls, resetFakeGraphql } from '../test/fake-graphql';
import { orderSummary } from '../test/orders';
import { ORDERS_PAGE_SIZE } from './orders-api';
import { OrdersPage } from './OrdersPage';

jest.mock('@folio/config/web/graphql', () => jest.requireActual('../test/fake-graphql').fakeGraphqlModule);

beforeEach(() => resetFakeGraphql());

const page = (items: ReturnType<typeof orderSummary>[], nextToken: string | null = null) => ({
  data: { myOrders: { items, nextToken } },
});

describe('the order list', () => {
  it('lists the customer’s orders as the API sends them (newest first): date, total, item count, status', async () => {
    answer(
      'MyOrders',
      page([
        orderSummary(1, { totalCents: 4797, items: [{ quantity: 2 }, { quantity: 1 }] }),
        orderSummary(2, { items: [{ quantity: 1 }], status: 'SHIPPED' }),
      ]),
    );
    renderAt('/account/orders', <OrdersPage />);
    const list = await screen.findByRole('list', { name: 'Your orders' });
    const [first, second] = within(list).getAllByRole('listitem');
    expect(within(first).getByRole('link', { name: 'Order 01C0FFEE' })).toHaveAttribute(
      'href',
      `/account/orders/${orderSummary(1).id}`,
    );
    expect(first).toHaveTextContent('PlacedNov 29, 2025');
    expect(first).toHaveTextContent('Items3 items');
    expect(first).toHaveTextContent('Total$47.97');
    expect(within(first).getByText('Paid')).toHaveAttribute('data-status', 'PAID');
    expect(within(second).getByText('Shipped')).toHaveAttribute('data-status', 'SHIPPED');
    expect(second).toHaveTextContent('Items1 item');
    expect(second).toHaveTextContent('PlacedNov 28, 2025');
    expect(screen.getByText('That’s all 2 orders.')).toBeInTheDocument();
    // As the signed-in customer, a page at a time.
    expect(graphqlCalls).toEqual([
      { operation: 'MyOrders', variables: { limit: ORDERS_PAGE_SIZE, nextToken: null }, authMode: 'userPool' },
    ]);
  });

  it('shows amounts in the order’s currency', async () => {
    answer('MyOrders', page([orderSummary(1, { totalCents: 1250, currency: 'EUR' })]));
    renderAt('/account/orders', <OrdersPage />);
    expect(await screen.findByText('€12.50')).toBeInTheDocument();
    expect(screen.getByText('That’s your only order.')).toBeInTheDocument();
  });

  it('says “No orders yet” and links to the store when there are none', async () => {
    answer('MyOrders', page([]));
    renderAt('/account/orders', <OrdersPage />);
    expect(await screen.findByText('No orders yet')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Browse the store' })).toHaveAttribute('href', '/');
    expect(screen.queryByRole('list')).not.toBeInTheDocument();
  });

  it('shows a loading state until the first page arrives', async () => {
    let resolve!: (value: ReturnType<typeof page>) => void;
    answer('MyOrders', new Promise((r) => (resolve = r)));
    renderAt('/account/orders', <OrdersPage />);
    expect(screen.getByRole('status', { name: 'Loading your orders' })).toHaveAttribute('aria-busy', 'true');
    resolve(page([orderSummary(1)]));
    expect(await screen.findByRole('list', { name: 'Your orders' })).toBeInTheDocument();
    expect(screen.queryByRole('status', { name: 'Loading your orders' })).not.toBeInTheDocument();
  });

  it('loads the next page with the nextToken on “Load more”, appends it and moves focus to the first new order', async () => {
    const first = Array.from({ length: ORDERS_PAGE_SIZE }, (_, i) => orderSummary(i + 1));
    answer('MyOrders', page(first, 'token-2'));
    answer('MyOrders', page([orderSummary(11), orderSummary(12)], null));
    renderAt('/account/orders', <OrdersPage />);
    const list = await screen.findByRole('list', { name: 'Your orders' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(ORDERS_PAGE_SIZE);

    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    await screen.findByText('That’s all 12 orders.');
    expect(within(list).getAllByRole('listitem')).toHaveLength(12);
    expect(graphqlCalls[1]).toEqual({
      operation: 'MyOrders',
      variables: { limit: ORDERS_PAGE_SIZE, nextToken: 'token-2' },
      authMode: 'userPool',
    });
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    expect(within(list).getByRole('link', { name: 'Order 11C0FFEE' })).toHaveFocus();
  });

  it('keeps the loaded orders when the next page fails, and “Load more” tries again', async () => {
    answer('MyOrders', page([orderSummary(1)], 'token-2'));
    answer('MyOrders', new Error('Network error'));
    answer('MyOrders', page([orderSummary(2)], null));
    renderAt('/account/orders', <OrdersPage />);
    await userEvent.click(await screen.findByRole('button', { name: 'Load more' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('We couldn’t load more orders.');
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('That’s all 2 orders.')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('shows an error with “Try again” when the list cannot be read (GraphQL error or network)', async () => {
    answer('MyOrders', { data: null, errors: [{ message: 'Not Authorized', errorType: 'Unauthorized' }] });
    answer('MyOrders', page([]));
    renderAt('/account/orders', <OrdersPage />);
    expect(await screen.findByRole('alert')).toHaveTextContent('We couldn’t load your orders.');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('No orders yet')).toBeInTheDocument();
  });
});
