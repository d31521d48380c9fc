import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { renderAt } from '@folio/config/web/test/render';
import { answer, graphqlCalls, resetFakeGraphql } from '../test/fake-graphql';
import { ORDER, SHIPPED_ORDER } from '../test/orders';
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

  it('shows the shipment’s carrier and tracking number, the refunded amount and the timeline', async () => {
    answer('GetOrder', { data: { getOrder: SHIPPED_ORDER } });
    at(ORDER.id);
    await screen.findByRole('heading', { level: 1, name: 'Order 7F3A9C0D' });
    expect(screen.getByText('Shipped', { selector: '[data-status]' })).toBeInTheDocument();
    const shipment = screen.getByRole('region', { name: 'Shipment' });
    expect(shipment).toHaveTextContent('CarrierRoyal Mail');
    expect(shipment).toHaveTextContent('Tracking numberRM123456789GB');
    expect(screen.getByRole('region', { name: 'Payment' })).toHaveTextContent('Refunded$9.99 of $47.97');
    const timeline = within(screen.getByRole('region', { name: 'Timeline' })).getAllByRole('listitem');
    expect(timeline.map((event) => event.textContent?.replace(/^.*? at \d+:\d+ [AP]M/, ''))).toEqual([
      'Order placed: $47.97',
      'Shipped',
      'Refund: $9.99',
    ]);
    // Shipped: too late to cancel.
    expect(screen.queryByRole('button', { name: 'Cancel order' })).toBeNull();
  });

  it('says a PAID order is not sent yet, and offers no refund line', async () => {
    answer('GetOrder', { data: { getOrder: ORDER } });
    at(ORDER.id);
    const shipment = await screen.findByRole('region', { name: 'Shipment' });
    expect(shipment).toHaveTextContent('Not sent yet.');
    expect(screen.getByRole('region', { name: 'Payment' })).not.toHaveTextContent('Refunded');
  });

  it('cancels a PAID order after confirmation: the status changes and a message takes the focus', async () => {
    const cancelled = {
      ...ORDER,
      status: 'CANCELLED' as const,
      history: [
        ...ORDER.history,
        {
          at: '2025-11-24T13:00:00.000Z',
          kind: 'CANCELLED' as const,
          status: 'CANCELLED' as const,
          actor: 'CUSTOMER' as const,
          amountCents: 4797,
          note: null,
        },
      ],
    };
    answer('GetOrder', { data: { getOrder: ORDER } });
    answer('CancelOrder', { data: { cancelOrder: cancelled } });
    at(ORDER.id);
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel order' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Cancel this order?' });
    expect(dialog).toHaveTextContent('the $47.97 you paid goes back to your card');
    expect(within(dialog).getByRole('button', { name: 'Keep the order' })).toHaveFocus();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel order' }));

    expect(await screen.findByText('Your order is cancelled. The money goes back to your card.')).toHaveFocus();
    expect(graphqlCalls.at(-1)).toEqual({
      operation: 'CancelOrder',
      variables: { id: ORDER.id },
      authMode: 'userPool',
    });
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByText('Cancelled', { selector: '[data-status]' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel order' })).toBeNull();
    expect(screen.getByRole('region', { name: 'Shipment' })).toHaveTextContent('Cancelled before it was sent.');
  });

  it('keeps the order when the customer changes their mind, with the focus back on “Cancel order”', async () => {
    answer('GetOrder', { data: { getOrder: ORDER } });
    at(ORDER.id);
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel order' }));
    await userEvent.keyboard('{Enter}'); // the focus is on "Keep the order"
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Cancel order' })).toHaveFocus();
    expect(graphqlCalls.map((call) => call.operation)).toEqual(['GetOrder']);
  });

  it('on a Conflict (staff shipped it meanwhile), says so and shows the order as it is now', async () => {
    answer('GetOrder', { data: { getOrder: ORDER } });
    answer('CancelOrder', { errors: [{ message: 'The order is SHIPPED', errorType: 'Conflict' }] });
    answer('GetOrder', { data: { getOrder: SHIPPED_ORDER } });
    at(ORDER.id);
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel order' }));
    await userEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Cancel order' }));

    const notice = await screen.findByText(
      'This order changed meanwhile, so it was not cancelled; it has been reloaded.',
    );
    expect(await screen.findByText('Shipped', { selector: '[data-status]' })).toBeInTheDocument();
    expect(notice).toHaveFocus();
    expect(graphqlCalls.map((call) => call.operation)).toEqual(['GetOrder', 'CancelOrder', 'GetOrder']);
  });

  it('keeps the dialog open and says why when the cancellation fails otherwise', async () => {
    answer('GetOrder', { data: { getOrder: ORDER } });
    answer('CancelOrder', new Error('offline'));
    at(ORDER.id);
    await userEvent.click(await screen.findByRole('button', { name: 'Cancel order' }));
    await userEvent.click(within(screen.getByRole('alertdialog')).getByRole('button', { name: 'Cancel order' }));
    expect(await within(screen.getByRole('alertdialog')).findByRole('alert')).toHaveTextContent(
      'The order was not cancelled:',
    );
    expect(screen.getByText('Paid', { selector: '[data-status]' })).toBeInTheDocument();
  });
});
