import '../test/patient';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderAt } from '@folio/config/web/test/render';
import { fakeBooksModule, resetFakeApi, setApiBooks } from '../test/fake-api';
import { cartBook } from '../test/books';
import { resetBookInfo } from './book-info';
import { CartPage } from './CartPage';
import { switchCartOwner, useCartStore } from './store';

jest.mock('@aws-amplify/core', () => jest.requireActual('../test/fake-amplify').fakeCore);
jest.mock('../api/books', () => jest.requireActual('../test/fake-api').fakeBooksModule);

beforeEach(() => {
  act(() => switchCartOwner(null));
  act(() => useCartStore.getState().clear());
  resetBookInfo();
  resetFakeApi();
});

/** Puts books in the cart as the customer saw them, while the API already says `now`. */
function cartWith(
  lines: Array<{
    seen: ReturnType<typeof cartBook>;
    quantity?: number;
    now?: Partial<ReturnType<typeof cartBook>> | null;
  }>,
) {
  act(() => {
    for (const { seen, quantity = 1 } of lines) useCartStore.getState().add(seen, quantity);
  });
  setApiBooks(...lines.filter((l) => l.now !== null).map((l) => ({ ...l.seen, ...l.now })));
}

const lineOf = (title: string) => screen.getByRole('link', { name: title }).closest('li')!;

describe('the cart page', () => {
  it('says the cart is empty and offers the store', () => {
    renderAt('/cart', <CartPage />);
    expect(screen.getByText('Your cart is empty.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Browse books' })).toHaveAttribute('href', '/books');
  });

  it('lists the lines with covers (sized), current prices, line totals and the subtotal', async () => {
    cartWith([
      { seen: cartBook({ priceCents: 949 }), quantity: 2 },
      { seen: cartBook({ id: 'odyssey', title: 'The Odyssey', coverKey: null, priceCents: 1250 }) },
    ]);
    renderAt('/cart', <CartPage />);
    const list = screen.getByRole('list', { name: 'Items in your cart' });
    await within(list).findByRole('link', { name: 'Emma' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    const cover = lineOf('Emma').querySelector('img')!;
    expect(cover).toHaveAttribute('src', 'http://images.test/folio-images/covers/emma.png');
    expect(cover).toHaveAttribute('width', '72');
    expect(cover).toHaveAttribute('height', '108');
    expect(lineOf('Emma')).toHaveTextContent('$18.98');
    expect(screen.getByRole('complementary', { name: 'Order summary' })).toHaveTextContent('Subtotal (3 items)$31.48');
    expect(screen.getByRole('link', { name: 'Go to checkout' })).toHaveAttribute('href', '/checkout');
    // Both books were read at once.
    expect(fakeBooksModule.getCartBook).toHaveBeenCalledTimes(2);
  });

  it('prices the cart at today’s prices and says which changed since they were added', async () => {
    cartWith([{ seen: cartBook({ priceCents: 949 }), quantity: 2, now: { priceCents: 1099 } }]);
    renderAt('/cart', <CartPage />);
    expect(await screen.findByText('The price went up from $9.49 to $10.99 since you added it.')).toBeInTheDocument();
    expect(screen.getByRole('complementary', { name: 'Order summary' })).toHaveTextContent('$21.98');
    await userEvent.click(screen.getByRole('button', { name: 'OK, got it (Emma)' }));
    expect(screen.queryByText(/The price went up/)).not.toBeInTheDocument();
  });

  it('warns when the stock dropped since the book was added, and stops checkout when it is short', async () => {
    cartWith([
      { seen: cartBook({ stock: 40 }), quantity: 3, now: { stock: 4 } },
      { seen: cartBook({ id: 'odyssey', title: 'The Odyssey', stock: 9 }), quantity: 5, now: { stock: 2 } },
    ]);
    renderAt('/cart', <CartPage />);
    await screen.findByRole('link', { name: 'Emma' });
    expect(within(lineOf('Emma')).getByText('Only 4 left (there were 40 when you added it).')).toBeInTheDocument();
    expect(
      within(lineOf('The Odyssey')).getByText('Only 2 left: lower the quantity to check out.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Go to checkout' })).toHaveAttribute('aria-disabled', 'true');
    await userEvent.selectOptions(screen.getByLabelText('Quantity of The Odyssey'), '2');
    expect(screen.getByRole('link', { name: 'Go to checkout' })).toHaveAttribute('href', '/checkout');
  });

  it('flags a sold-out book and a book no longer sold', async () => {
    cartWith([
      { seen: cartBook(), now: { stock: 0 } },
      { seen: cartBook({ id: 'gone', title: 'Gone' }), now: null },
    ]);
    renderAt('/cart', <CartPage />);
    await screen.findByRole('link', { name: 'Emma' });
    expect(
      within(lineOf('Emma')).getByText('Sold out since you added it. Remove it to check out.'),
    ).toBeInTheDocument();
    expect(screen.getByText('This book is no longer sold. Remove it to check out.')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Go to checkout' })).toHaveAttribute('aria-disabled', 'true');
  });

  it('offers quantities 1–10 within the stock, and removes a line', async () => {
    cartWith([{ seen: cartBook({ stock: 50 }) }]);
    renderAt('/cart', <CartPage />);
    const select = await screen.findByLabelText('Quantity of Emma');
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    await userEvent.selectOptions(select, '4');
    expect(useCartStore.getState().lines[0].quantity).toBe(4);
    await userEvent.click(screen.getByRole('button', { name: 'Remove Emma' }));
    expect(screen.getByText('Your cart is empty.')).toBeInTheDocument();
  });

  it('says when prices could not be read, and reads them again on request', async () => {
    cartWith([{ seen: cartBook() }]);
    fakeBooksModule.getCartBook.mockRejectedValueOnce(new Error('offline'));
    renderAt('/cart', <CartPage />);
    expect(await screen.findByRole('alert')).toHaveTextContent('Some books could not be loaded');
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: 'Emma' })).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
