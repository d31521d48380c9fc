import '../test/patient';
import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderAt } from '@folio/config/web/test/render';
import { resetFakeApi, setApiBooks } from '../test/fake-api';
import { cartBook } from '../test/books';
import { resetBookInfo } from './book-info';
import MiniCart from './MiniCart';
import { switchCartOwner, useCartStore } from './store';

jest.mock('@aws-amplify/core', () => jest.requireActual('../test/fake-amplify').fakeCore);
jest.mock('../api/books', () => jest.requireActual('../test/fake-api').fakeBooksModule);

beforeEach(() => {
  act(() => switchCartOwner(null));
  act(() => useCartStore.getState().clear());
  resetBookInfo();
  resetFakeApi();
});

const add = (...books: Array<[ReturnType<typeof cartBook>, number]>) =>
  act(() => {
    for (const [book, quantity] of books) useCartStore.getState().add(book, quantity);
  });

describe('MiniCart', () => {
  it('links to the cart and names the number of items', () => {
    renderAt('/', <MiniCart />);
    expect(screen.getByRole('link', { name: 'Cart 0 items' })).toHaveAttribute('href', '/cart');
  });

  it('is named by its visible text, so the name starts with what is seen (WCAG 2.5.3 Label in Name)', () => {
    renderAt('/', <MiniCart />);
    add([cartBook(), 1]);
    const link = screen.getByRole('link', { name: 'Cart 1 item' });
    // No aria-label overriding the content: the words on screen ("Cart", "1") begin the name, in order.
    expect(link).not.toHaveAttribute('aria-label');
    expect(link.textContent).toBe('Cart 1 item');
    expect(within(link).getByText('Cart')).toBeInTheDocument();
    expect(within(link).getByText('1')).toBeInTheDocument();
  });

  it('follows the cart as books are added', () => {
    renderAt('/', <MiniCart />);
    add([cartBook(), 2], [cartBook({ id: 'odyssey' }), 1]);
    expect(screen.getByRole('link', { name: 'Cart 3 items' })).toHaveTextContent('3');
  });

  it('opens a summary (a disclosure) with the lines and the subtotal at current prices', async () => {
    setApiBooks(cartBook({ priceCents: 1000 }), cartBook({ id: 'odyssey', title: 'The Odyssey', priceCents: 1250 }));
    add([cartBook(), 2], [cartBook({ id: 'odyssey' }), 1]);
    renderAt('/', <MiniCart />);
    const toggle = screen.getByRole('button', { name: 'Cart summary' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const panel = screen.getByRole('region', { name: 'Cart summary' });
    expect(toggle).toHaveAttribute('aria-controls', panel.id);
    expect(await within(panel).findByText('The Odyssey')).toBeInTheDocument();
    expect(within(panel).getByText('Subtotal').parentElement).toHaveTextContent('$32.50');
    expect(within(panel).getByRole('link', { name: 'View cart' })).toHaveAttribute('href', '/cart');
    expect(within(panel).getByRole('link', { name: 'Checkout' })).toHaveAttribute('href', '/checkout');
  });

  it('closes on Escape and gives focus back to its button', async () => {
    renderAt('/', <MiniCart />);
    const toggle = screen.getByRole('button', { name: 'Cart summary' });
    await userEvent.click(toggle);
    await userEvent.tab();
    await userEvent.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
    expect(screen.queryByRole('region', { name: 'Cart summary' })).not.toBeInTheDocument();
  });

  it('closes on a click elsewhere and when a link in it is followed', async () => {
    const view = renderAt(
      '/',
      <>
        <MiniCart />
        <p>elsewhere</p>
      </>,
    );
    const toggle = screen.getByRole('button', { name: 'Cart summary' });
    await userEvent.click(toggle);
    await userEvent.click(screen.getByText('elsewhere'));
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(toggle);
    await userEvent.click(screen.getByRole('link', { name: 'Browse books' }));
    expect(view.location()).toBe('/books');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  it('says when the cart is empty', async () => {
    renderAt('/', <MiniCart />);
    await userEvent.click(screen.getByRole('button', { name: 'Cart summary' }));
    expect(screen.getByText('Your cart is empty.')).toBeInTheDocument();
  });
});
