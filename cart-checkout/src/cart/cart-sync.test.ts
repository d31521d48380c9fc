import { act } from '@testing-library/react';
import { fakeSession } from '../test/fake-amplify';
import { cartBook } from '../test/books';
import { startCartSync } from './cart-sync';
import { CART_STORAGE_KEY, cartStorageKey, switchCartOwner, useCartStore } from './store';

jest.mock('@aws-amplify/core', () => jest.requireActual('../test/fake-amplify').fakeCore);

const cart = () => useCartStore.getState();
const flush = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
const bookIds = () => cart().lines.map((l) => `${l.bookId}×${l.quantity}`);

let sync: ReturnType<typeof startCartSync>;

beforeEach(async () => {
  fakeSession.reset();
  act(() => switchCartOwner(null));
  act(() => cart().clear());
  localStorage.clear();
  sync = startCartSync();
  await act(() => sync.identified);
});

afterEach(() => sync.stop());

describe('the cart follows who is signed in (Amplify Hub)', () => {
  it('moves the guest cart into the customer’s saved cart on sign-in, quantities merged', async () => {
    localStorage.setItem(
      cartStorageKey('user-1'),
      JSON.stringify({
        version: 2,
        state: { lines: [{ bookId: 'emma', quantity: 9, seenPriceCents: 949, seenStock: 20, currency: 'USD' }] },
      }),
    );
    cart().add(cartBook({ id: 'emma', stock: 20 }), 3);
    cart().add(cartBook({ id: 'persuasion' }));
    fakeSession.signIn('user-1');
    await flush();
    expect(cart().owner).toBe('user-1');
    expect(bookIds()).toEqual(['emma×10', 'persuasion×1']);
  });

  it('shows the guest (empty) cart after sign-out and the customer’s again after signing back in', async () => {
    fakeSession.signIn('user-1');
    await flush();
    cart().add(cartBook(), 2);
    fakeSession.signOut();
    await flush();
    expect(cart().owner).toBeNull();
    expect(cart().lines).toEqual([]);
    fakeSession.signIn('user-1');
    await flush();
    expect(bookIds()).toEqual(['emma×2']);
  });

  it('finds a customer already signed in when the page starts', async () => {
    sync.stop();
    fakeSession.signInQuietly('user-2');
    sync = startCartSync();
    await act(() => sync.identified);
    expect(cart().owner).toBe('user-2');
  });
});

describe('other tabs (storage events)', () => {
  const otherTabWrites = (key: string, lines: unknown[]) => {
    const value = JSON.stringify({ version: 2, state: { lines } });
    localStorage.setItem(key, value);
    window.dispatchEvent(new StorageEvent('storage', { key, newValue: value, storageArea: localStorage }));
  };

  it('reloads the cart when another tab changes it', async () => {
    otherTabWrites(CART_STORAGE_KEY, [
      { bookId: 'emma', quantity: 4, seenPriceCents: 949, seenStock: 8, currency: 'USD' },
    ]);
    await flush();
    expect(bookIds()).toEqual(['emma×4']);
  });

  it('ignores changes to other keys (another customer’s cart)', async () => {
    cart().add(cartBook());
    otherTabWrites(cartStorageKey('someone-else'), []);
    await flush();
    expect(bookIds()).toEqual(['emma×1']);
  });

  it('follows a sign-in in another tab (Amplify’s session key changes)', async () => {
    fakeSession.signInQuietly('user-3');
    window.dispatchEvent(
      new StorageEvent('storage', {
        key: 'CognitoIdentityServiceProvider.client.LastAuthUser',
        newValue: 'user-3',
        storageArea: localStorage,
      }),
    );
    await flush();
    expect(cart().owner).toBe('user-3');
  });
});
