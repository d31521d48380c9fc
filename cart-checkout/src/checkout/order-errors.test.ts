import { ApiError } from '@folio/config/web/graphql';
import { describeOrderError, PaymentFormError } from './order-errors';

const api = (type: string | undefined, message: string, info?: Record<string, unknown>) =>
  new ApiError(message, type, info);
const titles = (id: string) => ({ emma: 'Emma' })[id];

describe('what the customer is told when the order fails', () => {
  it('a decline: that nothing was charged, and to choose another payment method', () => {
    expect(describeOrderError(api('PaymentDeclined', 'Your card was declined.', { code: 'card_declined' }))).toEqual({
      kind: 'declined',
      message: 'Your card was declined. You have not been charged. Choose another payment method and try again.',
    });
    expect(
      describeOrderError(
        api('PaymentDeclined', 'Your card has insufficient funds.', { declineCode: 'insufficient_funds' }),
      ).message,
    ).toBe(
      'Your card was declined: it has insufficient funds. You have not been charged. Choose another payment method and try again.',
    );
    // Stripe advises against telling why beyond what the customer can act on.
    expect(
      describeOrderError(api('PaymentDeclined', 'Your card was declined.', { declineCode: 'stolen_card' })).message,
    ).toMatch(/^Your card was declined\. You/);
  });

  it('out of stock: which book, and how many are left', () => {
    const error = api('OutOfStock', 'Not enough stock', {
      lines: [
        { bookId: 'emma', title: 'Emma', available: 2 },
        { bookId: 'odyssey', title: 'The Odyssey', available: 0 },
      ],
    });
    expect(describeOrderError(error, titles)).toEqual({
      kind: 'stock',
      message:
        'Sorry, only 2 of “Emma” are left; “The Odyssey” is sold out. You have not been charged. Update your cart, then pay again.',
    });
    expect(
      describeOrderError(
        api('OutOfStock', 'Sorry, a book in your order sold out while you were paying; you have not been charged.'),
      ).message,
    ).toMatch(/sold out while you were paying/);
  });

  it('a book no longer sold, by title', () => {
    expect(describeOrderError(api('NotFound', 'No such book', { bookIds: ['emma'] }), titles).message).toMatch(
      /^“Emma” is no longer sold/,
    );
  });

  it.each(['PaymentUnavailable', 'OrderFailed', 'Conflict'])('%s: the server’s own words', (type) => {
    expect(
      describeOrderError(
        api(type, 'Payment could not be processed right now; you have not been charged. Please try again.'),
      ),
    ).toEqual({
      kind: 'unavailable',
      message: 'Payment could not be processed right now; you have not been charged. Please try again.',
    });
  });

  it('an address the server refused: beside its fields', () => {
    expect(
      describeOrderError(
        api('ValidationError', 'bad', { fields: { 'shippingAddress.postalCode': 'postalCode is required' } }),
      ),
    ).toEqual({
      kind: 'address',
      message: 'Please check the shipping address.',
      fieldErrors: { postalCode: 'Enter the postal code.' },
    });
  });

  it('no answer at all: that paying again is safe', () => {
    expect(describeOrderError(new TypeError('Failed to fetch')).message).toMatch(/will not be charged twice/);
  });

  it('a signed-out customer, and the card form’s own message', () => {
    expect(describeOrderError(api('Unauthorized', 'Sign in')).kind).toBe('signed-out');
    expect(describeOrderError(new PaymentFormError('Your card number is incomplete.'))).toEqual({
      kind: 'payment-form',
      message: 'Your card number is incomplete.',
    });
  });
});
