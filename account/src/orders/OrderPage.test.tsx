import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { renderAt } from '@folio/config/web/test/render';
import { answer, graphqlCalls, resetFakeGraphql } from '../test/fake-graphql';
import { ORDER } from '../test/orders';
import { OrderPage } from './OrderPage';

jest.mock('@folio/config/web/graphql', () => jest.requireActual('../test/fake-graphql').fakeGraphqlModule);

beforeEach(() => resetFakeGraphql());

const at = (id: string) =>
  renderAt(
    `/account/orders/${id}`,
    <Routes>
      <Route path="/account/orders/:id" element={<OrderPage />} />
    </Routes>,
  );

describe('the order page', () => {
  it('shows the order: items with unit prices and quantities, total, address, payment reference, date', async () => {
    answer('GetOrder', { data: { getOrder: ORDER } });
    at(ORDER.id);
    expect(await screen.findByRole('heading', { level: 1, name: 'Order 7F3A9C0D' })).toBeInTheDocument();
    expect(graphqlCalls).toEqual([{ operation: 'GetOrder', variables: { id: ORDER.id }, authMode: 'userPool' }]);
    expect(screen.getByText(/^Placed/)).toHaveTextContent('November 24, 2025');
    expect(screen.getByText('Paid')).toBeInTheDocument();

    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows.map((row) => Array.from(row.querySelectorAll('th, td'), (cell) => cell.textContent))).toEqual([
      ['Book', 'Unit price', 'Quantity', 'Subtotal'],
      ['Pride and Prejudice', '$18.99', '2', '$37.98'],
      ['Emma', '$9.99', '1', '$9.99'],
      ['Total', '$47.97'],
    ]);
    expect(screen.getByRole('link', { name: 'Emma' })).toHaveAttribute('href', '/books/emma');
    expect(screen.getByRole('heading', { level: 2, name: 'Items (3 items)' })).toBeInTheDocument();

    const address = screen.getByRole('region', { name: 'Shipping address' });
    expect(address).toHaveTextContent('Ada Reader1 Library LaneFlat 2BA1 1AA BathUnited Kingdom');
    const payment = screen.getByRole('region', { name: 'Payment' });
    expect(payment).toHaveTextContent('Payment referencepi_3Folio0000000001');
    expect(payment).toHaveTextContent(ORDER.id);
  });

  it('leaves out an empty second address line', async () => {
    answer('GetOrder', {
      data: { getOrder: { ...ORDER, shippingAddress: { ...ORDER.shippingAddress, line2: null, country: 'Narnia' } } },
    });
    at(ORDER.id);
    const address = await screen.findByRole('region', { name: 'Shipping address' });
    expect(address).toHaveTextContent('Ada Reader1 Library LaneBA1 1AA BathNarnia');
  });

  it('says “Order not found” for an id that is not the customer’s (getOrder answers null)', async () => {
    answer('GetOrder', { data: { getOrder: null } });
    at('someone-elses-order');
    expect(await screen.findByRole('heading', { level: 1, name: 'Order not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'your orders' })).toHaveAttribute('href', '/account/orders');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('shows a loading state, then an error with “Try again” when the order cannot be read', async () => {
    answer('GetOrder', new Error('Network error'));
    answer('GetOrder', { data: { getOrder: ORDER } });
    at(ORDER.id);
    expect(screen.getByRole('status', { name: 'Loading the order' })).toBeInTheDocument();
    expect(await screen.findByRole('alert')).toHaveTextContent('We couldn’t load this order.');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Order 7F3A9C0D' })).toBeInTheDocument();
  });
});
