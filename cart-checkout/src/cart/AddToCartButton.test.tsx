import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderAt } from '@folio/config/web/test/render';
import { cartBook } from '../test/books';
import AddToCartButton from './AddToCartButton';
import { resetBookInfo, useBookInfo } from './book-info';
import { selectItemCount, switchCartOwner, useCartStore } from './store';

jest.mock('@aws-amplify/core', () => jest.requireActual('../test/fake-amplify').fakeCore);

beforeEach(() => {
  act(() => switchCartOwner(null));
  act(() => useCartStore.getState().clear());
  resetBookInfo();
});

describe('AddToCartButton', () => {
  it('adds the book, says so on the button and in a live region, and links to the cart', async () => {
    renderAt('/books/emma', <AddToCartButton book={cartBook()} />);
    await userEvent.click(screen.getByRole('button', { name: 'Add to cart' }));
    expect(selectItemCount(useCartStore.getState())).toBe(1);
    expect(screen.getByRole('button', { name: 'Added to cart ✓' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('Added Emma. 1 in your cart');
    expect(screen.getByRole('link', { name: 'cart' })).toHaveAttribute('href', '/cart');
  });

  it('goes back to “Add to cart” after a moment, and adds again', async () => {
    jest.useFakeTimers();
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    renderAt('/books/emma', <AddToCartButton book={cartBook()} />);
    await user.click(screen.getByRole('button', { name: 'Add to cart' }));
    act(() => jest.advanceTimersByTime(3000));
    await user.click(screen.getByRole('button', { name: 'Add to cart' }));
    expect(useCartStore.getState().lines[0].quantity).toBe(2);
    jest.useRealTimers();
  });

  it('remembers the book it was given, so the cart shows it without asking the API', async () => {
    renderAt('/books/emma', <AddToCartButton book={cartBook({ priceCents: 1111 })} />);
    await userEvent.click(screen.getByRole('button', { name: 'Add to cart' }));
    expect(useBookInfo.getState().entries.emma).toMatchObject({ status: 'ready', book: { priceCents: 1111 } });
  });

  it('is disabled and says “Sold out” when there is no stock', () => {
    renderAt('/books/emma', <AddToCartButton book={cartBook({ stock: 0 })} />);
    expect(screen.getByRole('button', { name: 'Sold out' })).toBeDisabled();
  });

  it('adds no more than the stock: the button then says so, keeping keyboard focus', async () => {
    jest.useFakeTimers();
    const user = userEvent.setup({ advanceTimers: jest.advanceTimersByTime });
    renderAt('/books/emma', <AddToCartButton book={cartBook({ stock: 1 })} />);
    await user.click(screen.getByRole('button', { name: 'Add to cart' }));
    act(() => jest.advanceTimersByTime(3000));
    const button = screen.getByRole('button', { name: 'No more available' });
    expect(button).toHaveAttribute('aria-disabled', 'true');
    expect(button).toHaveFocus();
    await user.click(button);
    expect(useCartStore.getState().lines[0].quantity).toBe(1);
    expect(screen.getByRole('status')).toHaveTextContent('1 in your cart · all we have');
    jest.useRealTimers();
  });

  it('adds no more than 10 of a book, whatever the stock', async () => {
    act(() => void useCartStore.getState().add(cartBook({ stock: 99 }), 10));
    renderAt('/books/emma', <AddToCartButton book={cartBook({ stock: 99 })} />);
    expect(screen.getByRole('button', { name: 'No more available' })).toHaveAttribute('aria-disabled', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('10 in your cart · at most 10 per order');
  });

  it('has a compact size for shelves', () => {
    const { container } = renderAt('/', <AddToCartButton book={cartBook()} size="compact" />);
    expect(container.firstElementChild).toHaveClass('compact');
  });
});
