import { fakeBooksModule, resetFakeApi, setApiBooks } from '../test/fake-api';
import { cartBook } from '../test/books';
import { primeBook, refreshBooks, resetBookInfo, useBookInfo } from './book-info';

jest.mock('../api/books', () => jest.requireActual('../test/fake-api').fakeBooksModule);

const entry = (id: string) => useBookInfo.getState().entries[id];

beforeEach(() => {
  resetFakeApi();
  resetBookInfo();
  jest.useRealTimers();
});

describe('book info (what the cart shows about its books)', () => {
  it('reads every book of the cart at once, in parallel', async () => {
    setApiBooks(cartBook(), cartBook({ id: 'odyssey', title: 'The Odyssey' }));
    let running = 0;
    let most = 0;
    fakeBooksModule.getCartBook.mockImplementation(async (id: string) => {
      most = Math.max(most, ++running);
      await new Promise((r) => setTimeout(r, 5));
      running -= 1;
      return id === 'emma' ? cartBook() : cartBook({ id, title: 'The Odyssey' });
    });
    await refreshBooks(['emma', 'odyssey']);
    expect(most).toBe(2);
    expect(entry('odyssey')).toMatchObject({ status: 'ready', book: { title: 'The Odyssey' } });
  });

  it('keeps a read briefly: no second request within the age asked for, one request per book at a time', async () => {
    setApiBooks(cartBook());
    await Promise.all([refreshBooks(['emma']), refreshBooks(['emma'])]);
    await refreshBooks(['emma']);
    expect(fakeBooksModule.getCartBook).toHaveBeenCalledTimes(1);
    await refreshBooks(['emma'], 0);
    expect(fakeBooksModule.getCartBook).toHaveBeenCalledTimes(2);
  });

  it('reads again once the read is old', async () => {
    jest.useFakeTimers({ now: 1_000_000 });
    setApiBooks(cartBook());
    await refreshBooks(['emma']);
    jest.setSystemTime(1_000_000 + 31_000);
    await refreshBooks(['emma']);
    expect(fakeBooksModule.getCartBook).toHaveBeenCalledTimes(2);
  });

  it('takes a book the catalog just read as fresh', async () => {
    primeBook(cartBook({ priceCents: 1234 }));
    await refreshBooks(['emma']);
    expect(fakeBooksModule.getCartBook).not.toHaveBeenCalled();
    expect(entry('emma')).toMatchObject({ status: 'ready', book: { priceCents: 1234 } });
  });

  it('marks a deleted book as missing, and a failed read as an error that keeps the last known data', async () => {
    await refreshBooks(['gone']);
    expect(entry('gone').status).toBe('missing');
    primeBook(cartBook());
    fakeBooksModule.getCartBook.mockRejectedValueOnce(new Error('offline'));
    await refreshBooks(['emma'], 0);
    expect(entry('emma')).toMatchObject({ status: 'error', book: { title: 'Emma' } });
  });
});
