import {
  ATTEMPT_LIFETIME_MS,
  attemptFailed,
  attemptStorageKey,
  beginAttempt,
  endAttempt,
  newIdempotencyKey,
  savedAttempt,
} from './attempt';

const address = { name: 'Ada', line1: '1 Road', line2: null, city: 'Town', postalCode: '123', country: 'GB' };
const items = [
  { bookId: 'emma', quantity: 2 },
  { bookId: 'odyssey', quantity: 1 },
];

describe('checkout attempts and their idempotency keys', () => {
  it('makes keys the API accepts, never the same twice', () => {
    const keys = new Set(Array.from({ length: 50 }, newIdempotencyKey));
    expect(keys.size).toBe(50);
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9_-]{1,100}$/);
  });

  it('reuses the key when the same cart and address are paid again (a retry), and saves it first', () => {
    const first = beginAttempt('c1', items, address);
    expect(savedAttempt('c1')).toMatchObject({ key: first.key, state: 'sending' });
    attemptFailed('c1', first);
    expect(savedAttempt('c1')?.state).toBe('failed');
    expect(beginAttempt('c1', [...items].reverse(), { ...address }).key).toBe(first.key);
  });

  it('makes a new attempt when the cart or the address changed', () => {
    const first = beginAttempt('c1', items, address).key;
    const otherQuantity = beginAttempt('c1', [{ bookId: 'emma', quantity: 3 }, items[1]], address).key;
    expect(otherQuantity).not.toBe(first);
    const otherAddress = beginAttempt('c1', [{ bookId: 'emma', quantity: 3 }, items[1]], {
      ...address,
      line2: 'Flat 2',
    }).key;
    expect(otherAddress).not.toBe(otherQuantity);
  });

  it('starts afresh once the order exists, or when the attempt is old, and keeps customers apart', () => {
    const first = beginAttempt('c1', items, address, 1_000).key;
    expect(beginAttempt('c2', items, address, 1_000).key).not.toBe(first);
    expect(beginAttempt('c1', items, address, 1_000 + ATTEMPT_LIFETIME_MS + 1).key).not.toBe(first);
    const current = beginAttempt('c1', items, address).key;
    endAttempt('c1');
    expect(localStorage.getItem(attemptStorageKey('c1'))).toBeNull();
    expect(beginAttempt('c1', items, address).key).not.toBe(current);
  });
});
