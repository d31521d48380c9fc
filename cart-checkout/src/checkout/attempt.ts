/**
 * Checkout attempts and their idempotency keys. processOrder gives one order (and one charge) per customer and
 * `idempotencyKey` (docs/ARCHITECTURE.md, "The order pipeline"), so:
 * - an attempt is one cart and one address: its key is reused for every retry of it (after a decline, with another
 *   card; after a network failure; after a reload in the middle of paying), and never for anything else;
 * - changing the cart or the address makes a new attempt with a new key;
 * - the attempt is saved (localStorage, per customer) before processOrder is called, so a reload or a second tab
 *   paying the same cart sends the same key, and is removed once the order exists.
 */
import { newIdempotencyKey } from '@folio/config/web/idempotency-key';
import type { AddressInput } from '@folio/contract/generated/operations';

export interface OrderLineInput {
  bookId: string;
  quantity: number;
}

export interface CheckoutAttempt {
  key: string;
  /** The cart and address the key was made for. */
  fingerprint: string;
  address: AddressInput;
  /** 'sending' while processOrder may be running (or was, when the page went away); 'failed' after an answer. */
  state: 'sending' | 'failed';
  startedAt: number;
}

/**
 * An attempt left this long is forgotten: a customer back days later with the same cart means a new order, which
 * must not be answered with the old one. (Within it, a repeated Pay is taken as the same order, which it almost
 * certainly is.)
 */
export const ATTEMPT_LIFETIME_MS = 60 * 60 * 1000;

export const attemptStorageKey = (customerId: string): string => `folio-checkout-attempt:${customerId}`;

// The one key maker, shared with the staff order desk's refunds.
export { newIdempotencyKey };

/** The same cart and address always give the same text, whatever the order of the lines. */
export function orderFingerprint(items: readonly OrderLineInput[], address: AddressInput): string {
  const lines = [...items]
    .sort((a, b) => (a.bookId < b.bookId ? -1 : a.bookId > b.bookId ? 1 : 0))
    .map((l) => [l.bookId, l.quantity]);
  const { name, line1, line2, city, postalCode, country } = address;
  return JSON.stringify([lines, [name, line1, line2, city, postalCode, country]]);
}

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** The customer's unfinished attempt, if recent. */
export function savedAttempt(customerId: string, now = Date.now()): CheckoutAttempt | null {
  try {
    const raw = storage()?.getItem(attemptStorageKey(customerId));
    if (!raw) return null;
    const attempt = JSON.parse(raw) as CheckoutAttempt;
    if (
      typeof attempt.key !== 'string' ||
      typeof attempt.fingerprint !== 'string' ||
      now - attempt.startedAt > ATTEMPT_LIFETIME_MS
    )
      return null;
    return attempt;
  } catch {
    return null;
  }
}

function save(customerId: string, attempt: CheckoutAttempt): void {
  try {
    storage()?.setItem(attemptStorageKey(customerId), JSON.stringify(attempt));
  } catch {
    // Storage full or disabled: the attempt still holds for this page.
  }
}

/**
 * The attempt to send now, saved as 'sending': the saved one if it is for this cart and address (a retry), else a
 * new one with a new key.
 */
export function beginAttempt(
  customerId: string,
  items: readonly OrderLineInput[],
  address: AddressInput,
  now = Date.now(),
): CheckoutAttempt {
  const fingerprint = orderFingerprint(items, address);
  const saved = savedAttempt(customerId, now);
  const attempt: CheckoutAttempt =
    saved && saved.fingerprint === fingerprint
      ? { ...saved, state: 'sending' }
      : { key: newIdempotencyKey(), fingerprint, address, state: 'sending', startedAt: now };
  save(customerId, attempt);
  return attempt;
}

/** processOrder answered with an error: the next Pay of the same cart and address retries with the same key. */
export function attemptFailed(customerId: string, attempt: CheckoutAttempt): void {
  save(customerId, { ...attempt, state: 'failed' });
}

/** The order exists: the next checkout is a new attempt. */
export function endAttempt(customerId: string): void {
  try {
    storage()?.removeItem(attemptStorageKey(customerId));
  } catch {
    // nothing saved either
  }
}
