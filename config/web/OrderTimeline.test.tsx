import { render, screen, within } from '@testing-library/react';
import { OrderTimeline } from './OrderTimeline';
import type { OrderEvent } from '@folio/contract/documents/orders';

const events: OrderEvent[] = [
  { at: '2025-11-24T12:30:00.000Z', kind: 'PLACED', status: 'PAID', actor: 'CUSTOMER', amountCents: 4797, note: null },
  { at: '2025-11-25T12:30:00.000Z', kind: 'SHIPPED', status: 'SHIPPED', actor: 'STAFF', amountCents: null, note: null },
  {
    at: '2025-11-26T12:30:00.000Z',
    kind: 'REFUND',
    status: 'SHIPPED',
    actor: 'STAFF',
    amountCents: 999,
    note: 'Dented cover',
  },
];

const items = () => within(screen.getByRole('list')).getAllByRole('listitem');

describe('an order’s timeline', () => {
  it('lists each event oldest first with its date, what happened and the money it moved', () => {
    render(<OrderTimeline events={events} currency="USD" />);
    // Noon UTC: the same day in every time zone the tests may run in.
    expect(items().map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^November 24, 2025 at .*Order placed: \$47\.97$/),
      expect.stringMatching(/^November 25, 2025 at .*Shipped$/),
      expect.stringMatching(/^November 26, 2025 at .*Refund: \$9\.99“Dented cover”$/),
    ]);
    expect(items()[0].querySelector('time')).toHaveAttribute('dateTime', '2025-11-24T12:30:00.000Z');
  });

  it('says who made each event happen, for staff', () => {
    render(<OrderTimeline events={events} currency="USD" showActor />);
    expect(items()[0]).toHaveTextContent('Order placed by the customer: $47.97');
    expect(items()[1]).toHaveTextContent('Shipped by the store');
  });

  it('says so when there is no event yet', () => {
    render(<OrderTimeline events={[]} currency="USD" />);
    expect(screen.getByText('Nothing has happened to this order yet.')).toBeInTheDocument();
  });
});
