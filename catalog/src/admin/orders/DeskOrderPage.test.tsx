import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { ApiError } from '@folio/config/web/api-error';
import { renderAt } from '@folio/config/web/test/render';
import { DESK_ORDER, shipped } from '../../test/desk-orders';
import {
  cancelOrderAsStaff,
  deliverOrder,
  getDeskOrder,
  refundOrder,
  shipOrder,
  type DeskOrder,
} from './order-desk-api';
import { DeskOrderPage } from './DeskOrderPage';

jest.mock('./order-desk-api', () => ({
  ...jest.requireActual('./order-desk-api'),
  getDeskOrder: jest.fn(),
  shipOrder: jest.fn(),
  deliverOrder: jest.fn(),
  refundOrder: jest.fn(),
  cancelOrderAsStaff: jest.fn(),
}));
const get = getDeskOrder as jest.MockedFunction<typeof getDeskOrder>;
const ship = shipOrder as jest.MockedFunction<typeof shipOrder>;
const deliver = deliverOrder as jest.MockedFunction<typeof deliverOrder>;
const refund = refundOrder as jest.MockedFunction<typeof refundOrder>;
const cancel = cancelOrderAsStaff as jest.MockedFunction<typeof cancelOrderAsStaff>;

const at = (order: DeskOrder | null) => {
  get.mockResolvedValueOnce(order);
  return renderAt(
    `/admin/orders/${DESK_ORDER.id}`,
    <Routes>
      <Route path="/admin/orders/:id" element={<DeskOrderPage />} />
    </Routes>,
  );
};
const loaded = () => screen.findByRole('heading', { level: 1, name: 'Order 7F3A9C0D' });
const badge = () => document.querySelector('[data-status]');
const conflict = (message: string) => new ApiError(message, 'Conflict');

describe('an order at the desk', () => {
  beforeEach(() => jest.resetAllMocks());

  it('shows the customer, lines, address, payment, shipment and history', async () => {
    at(DESK_ORDER);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the order…');
    await loaded();
    expect(get).toHaveBeenCalledWith(DESK_ORDER.id);
    expect(screen.getByText(/^Placed/)).toHaveTextContent('by ada@folio.test');
    expect(badge()).toHaveTextContent('Paid');
    const lines = within(screen.getByRole('region', { name: 'Lines' })).getAllByRole('row');
    expect(lines.map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent))).toEqual([
      ['Book', 'Unit price', 'Quantity', 'Subtotal'],
      ['Pride and Prejudice', '$18.99', '2', '$37.98'],
      ['Emma', '$9.99', '1', '$9.99'],
      ['Total', '$47.97'],
    ]);
    expect(screen.getByRole('region', { name: 'Shipping address' })).toHaveTextContent(
      'Ada Reader1 Library LaneBA1 1AA BathGB',
    );
    const payment = screen.getByRole('region', { name: 'Payment' });
    expect(payment).toHaveTextContent('Total$47.97Refunded$0.00Stripe paymentpi_3Folio0000000001');
    expect(screen.getByRole('region', { name: 'Shipment' })).toHaveTextContent('Not shipped.');
    expect(screen.getByRole('region', { name: 'History' })).toHaveTextContent('Order placed by the customer: $47.97');
    // PAID: ship, refund or cancel; not deliver.
    expect(screen.getByRole('form', { name: 'Ship' })).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Refund' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Cancel order' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Mark delivered' })).toBeNull();
  });

  it('marks a PAID order shipped with carrier and tracking; a message takes the focus', async () => {
    ship.mockResolvedValue(shipped());
    at(DESK_ORDER);
    await loaded();
    const form = screen.getByRole('form', { name: 'Ship' });
    await userEvent.click(within(form).getByRole('button', { name: 'Mark shipped' }));
    expect(within(form).getByLabelText('Carrier')).toHaveAccessibleDescription('Carrier is required');
    expect(within(form).getByLabelText('Tracking number')).toHaveAccessibleDescription('Tracking number is required');
    expect(ship).not.toHaveBeenCalled();

    await userEvent.type(within(form).getByLabelText('Carrier'), 'Royal Mail');
    await userEvent.type(within(form).getByLabelText('Tracking number'), ' RM123456789GB {Enter}');
    expect(ship).toHaveBeenCalledWith(DESK_ORDER.id, 'Royal Mail', 'RM123456789GB');
    expect(await screen.findByText('Marked shipped with Royal Mail. The customer gets an email.')).toHaveFocus();
    expect(badge()).toHaveTextContent('Shipped');
    expect(screen.getByRole('region', { name: 'Shipment' })).toHaveTextContent('Tracking numberRM123456789GB');
    expect(screen.queryByRole('form', { name: 'Ship' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Cancel order' })).toBeNull();
  });

  it('marks a SHIPPED order delivered', async () => {
    deliver.mockResolvedValue({ ...shipped(), status: 'DELIVERED' });
    at(shipped());
    await loaded();
    await userEvent.click(screen.getByRole('button', { name: 'Mark delivered' }));
    expect(deliver).toHaveBeenCalledWith(DESK_ORDER.id);
    expect(await screen.findByText('Marked delivered.')).toHaveFocus();
    expect(badge()).toHaveTextContent('Delivered');
    expect(screen.queryByRole('button', { name: 'Mark delivered' })).toBeNull();
  });

  it('refunds part, keeping one idempotency key across retries of that refund, and a new one for the next', async () => {
    const afterPart = { ...shipped(), refundedCents: 1250 };
    refund.mockRejectedValueOnce(ApiError.network(new Error('timeout'))).mockResolvedValueOnce(afterPart);
    at(shipped());
    await loaded();
    const form = screen.getByRole('form', { name: 'Refund' });
    expect(form).toHaveTextContent('Up to $47.97 left to refund.');
    await userEvent.type(within(form).getByLabelText('Amount (USD)'), '12.50');
    await userEvent.type(within(form).getByLabelText(/^Reason/), 'Dented cover');
    await userEvent.click(within(form).getByRole('button', { name: 'Refund' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'The refund was not confirmed: timeout. Try again.',
    );

    await userEvent.click(within(form).getByRole('button', { name: 'Refund' }));
    expect(await screen.findByText('Refunded $12.50. The customer gets an email.')).toHaveFocus();
    const [first, retry] = refund.mock.calls.map(([input]) => input);
    expect(first).toEqual({
      id: DESK_ORDER.id,
      idempotencyKey: expect.any(String),
      amountCents: 1250,
      reason: 'Dented cover',
    });
    expect(retry).toEqual(first);
    expect(screen.getByRole('region', { name: 'Payment' })).toHaveTextContent('Refunded$12.50');

    // The rest: a new refund, so a new key; nothing left, so REFUNDED.
    refund.mockResolvedValueOnce({ ...afterPart, refundedCents: 4797, status: 'REFUNDED' });
    const again = screen.getByRole('form', { name: 'Refund' });
    expect(again).toHaveTextContent('Up to $35.47 left to refund.');
    await userEvent.clear(within(again).getByLabelText('Amount (USD)'));
    await userEvent.type(within(again).getByLabelText('Amount (USD)'), '35.47');
    await userEvent.click(within(again).getByRole('button', { name: 'Refund' }));
    expect(
      await screen.findByText('Refunded $35.47; the order is fully refunded. The customer gets an email.'),
    ).toBeInTheDocument();
    expect(refund.mock.calls[2][0].idempotencyKey).not.toBe(first.idempotencyKey);
    expect(badge()).toHaveTextContent('Refunded');
    expect(screen.queryByRole('form', { name: 'Refund' })).toBeNull();
    expect(screen.getByText('Nothing more can be done with a refunded order.')).toBeInTheDocument();
  });

  it('refuses an amount that is not money or more than is left, before asking the API', async () => {
    at({ ...DESK_ORDER, refundedCents: 4000 });
    await loaded();
    const form = screen.getByRole('form', { name: 'Refund' });
    const amount = within(form).getByLabelText('Amount (USD)');
    await userEvent.type(amount, '8.00{Enter}');
    expect(amount).toHaveAccessibleDescription(
      'That is more than the $7.97 left to refund. Up to $7.97 left to refund.',
    );
    expect(amount).toHaveAttribute('aria-invalid', 'true');
    await userEvent.clear(amount);
    await userEvent.type(amount, '-1{Enter}');
    expect(amount).toHaveAccessibleDescription(/^Enter an amount in dollars, like 12\.50\./);
    expect(refund).not.toHaveBeenCalled();
  });

  it('on a Conflict (someone else changed the order first), says so and reads the order again', async () => {
    ship.mockRejectedValue(conflict('The order is CANCELLED'));
    at(DESK_ORDER);
    await loaded();
    get.mockResolvedValueOnce({ ...DESK_ORDER, status: 'CANCELLED' });
    const form = screen.getByRole('form', { name: 'Ship' });
    await userEvent.type(within(form).getByLabelText('Carrier'), 'DHL');
    await userEvent.type(within(form).getByLabelText('Tracking number'), 'JD0001{Enter}');
    const notice = await screen.findByText(/^Someone else changed this order first, so nothing was done\./);
    expect(notice).toHaveTextContent('(The order is CANCELLED)');
    expect(await screen.findByText('Nothing more can be done with a cancelled order.')).toBeInTheDocument();
    expect(get).toHaveBeenCalledTimes(2);
    expect(notice).toHaveFocus();
  });

  it('cancels a PAID order after confirmation, and keeps it when staff change their mind', async () => {
    cancel.mockResolvedValue({ ...DESK_ORDER, status: 'CANCELLED' });
    at(DESK_ORDER);
    await loaded();
    await userEvent.click(screen.getByRole('button', { name: 'Cancel order' }));
    let dialog = screen.getByRole('alertdialog', { name: 'Cancel this order?' });
    expect(dialog).toHaveTextContent('$47.97 goes back to ada@folio.test');
    await userEvent.keyboard('{Escape}');
    expect(screen.getByRole('button', { name: 'Cancel order' })).toHaveFocus();
    expect(cancel).not.toHaveBeenCalled();

    await userEvent.click(screen.getByRole('button', { name: 'Cancel order' }));
    dialog = screen.getByRole('alertdialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel order' }));
    expect(cancel).toHaveBeenCalledWith(DESK_ORDER.id);
    expect(await screen.findByText(/^Cancelled\. The money goes back to the customer/)).toHaveFocus();
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect(badge()).toHaveTextContent('Cancelled');
  });

  it('says “Order not found” for an unknown id', async () => {
    at(null);
    expect(await screen.findByRole('heading', { level: 1, name: 'Order not found' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '← All orders' })).toHaveAttribute('href', '/admin/orders');
  });

  it('offers a retry when the order cannot be read', async () => {
    get.mockRejectedValueOnce(new Error('down'));
    renderAt(
      `/admin/orders/${DESK_ORDER.id}`,
      <Routes>
        <Route path="/admin/orders/:id" element={<DeskOrderPage />} />
      </Routes>,
    );
    get.mockResolvedValueOnce(DESK_ORDER);
    await userEvent.click(await screen.findByRole('button', { name: 'Try again' }));
    await loaded();
  });
});
