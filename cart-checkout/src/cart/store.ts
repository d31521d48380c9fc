/**
 * The cart: cart-checkout's state, which no other app touches directly. A zustand store persisted to
 * localStorage (versioned), so the cart survives a reload and other tabs follow it (cart-sync.ts).
 *
 * A line is a book id and a quantity, plus the price and stock the customer saw when adding it, so the cart can
 * say when either changed since. Titles, covers and current prices are read fresh from the API (book-info.ts).
 *
 * Each customer has their own saved cart (one storage key per user); a guest's cart moves into the customer's
 * when they sign in (merge-lines.ts). Quantities follow the order API: 1–10 per line, at most 20 lines.
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { MAX_LINES, MAX_QUANTITY_PER_LINE, clampQuantity, mergeLines } from './merge-lines';

export { MAX_LINES, MAX_QUANTITY_PER_LINE, clampQuantity } from './merge-lines';

/** The guest's cart (also the only key of version 1, so a cart saved before accounts existed still loads). */
export const CART_STORAGE_KEY = 'folio-cart';
export const CART_STORAGE_VERSION = 2;
/** Which customer the cart belonged to when the page was left, read at start-up to avoid a flash of the guest cart. */
export const CART_OWNER_HINT_KEY = 'folio-cart:owner';

/** A signed-in customer's id (the Cognito `sub`), or null for a guest. */
export type CartOwner = string | null;

export const cartStorageKey = (owner: CartOwner): string =>
  owner === null ? CART_STORAGE_KEY : `${CART_STORAGE_KEY}:user:${owner}`;

/** What the catalog hands over about a book (AddToCartButton's props). */
export interface CartBook {
  id: string;
  title: string;
  author: string;
  priceCents: number;
  currency: string;
  stock: number;
  coverKey: string | null;
}

export interface CartLine {
  bookId: string;
  quantity: number;
  /** The price the customer saw when adding the book (or when they last acknowledged a change). */
  seenPriceCents: number;
  /** The stock the customer saw then. */
  seenStock: number;
  currency: string;
}

export interface CartState {
  owner: CartOwner;
  lines: CartLine[];
  /** Adds `quantity` of a book (never beyond its stock or 10); returns how many were actually added. */
  add(book: CartBook, quantity?: number): number;
  /** Sets a line's quantity, clamped to 1–10. */
  setQuantity(bookId: string, quantity: number): void;
  remove(bookId: string): void;
  clear(): void;
  /** The customer has seen the current price and stock: stop warning about the change. */
  acknowledge(bookId: string, seen: { priceCents: number; stock: number }): void;
}

type Persisted = { lines: CartLine[] };

function isLine(value: unknown): value is CartLine {
  const line = value as Partial<CartLine> | null;
  return (
    typeof line === 'object' &&
    line !== null &&
    typeof line.bookId === 'string' &&
    line.bookId !== '' &&
    Number.isFinite(line.quantity) &&
    Number.isFinite(line.seenPriceCents) &&
    Number.isFinite(line.seenStock) &&
    typeof line.currency === 'string'
  );
}

/** Lines read from storage, which anyone can edit: well-formed, one per book, within the API's limits. */
export function sanitizeLines(raw: unknown): CartLine[] {
  if (!Array.isArray(raw)) return [];
  const seen = new Set<string>();
  const lines: CartLine[] = [];
  for (const value of raw) {
    if (!isLine(value) || seen.has(value.bookId) || lines.length >= MAX_LINES) continue;
    seen.add(value.bookId);
    const { bookId, quantity, seenPriceCents, seenStock, currency } = value;
    lines.push({ bookId, quantity: clampQuantity(quantity), seenPriceCents, seenStock, currency });
  }
  return lines;
}

/** Version 1 lines carried display data (title, price, cover) and the stock cap; version 2 keeps ids and quantities. */
interface LineV1 {
  bookId: string;
  quantity: number;
  unitPriceCents: number;
  currency: string;
  maxQuantity: number;
}

export function migrateCart(state: unknown, version: number): Persisted {
  const lines = (state as { lines?: unknown } | null)?.lines;
  if (version === 1 && Array.isArray(lines)) {
    return {
      lines: sanitizeLines(
        (lines as LineV1[]).map((l) => ({
          bookId: l?.bookId,
          quantity: l?.quantity,
          seenPriceCents: l?.unitPriceCents,
          seenStock: l?.maxQuantity,
          currency: l?.currency,
        })),
      ),
    };
  }
  // An unknown (newer or older) shape: start empty rather than misread it.
  return { lines: version === CART_STORAGE_VERSION ? sanitizeLines(lines) : [] };
}

function browserStorage(): Storage | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined; // storage disabled: the cart lives for this page only
  }
}

/** The lines saved under `key` (any version), or none. */
export function readSavedLines(key: string): CartLine[] {
  try {
    const raw = browserStorage()?.getItem(key);
    if (!raw) return [];
    const saved = JSON.parse(raw) as { state?: unknown; version?: number };
    return migrateCart(saved.state, typeof saved.version === 'number' ? saved.version : 0).lines;
  } catch {
    return [];
  }
}

/** A Cognito session is stored (Amplify's LastAuthUser key): someone is probably signed in. */
function sessionStored(storage: Storage): boolean {
  for (let i = 0; i < storage.length; i += 1) {
    if (/^CognitoIdentityServiceProvider\..+\.LastAuthUser$/.test(storage.key(i) ?? '')) return true;
  }
  return false;
}

/** The owner to start with: the last one, if a session is still stored. cart-sync.ts then confirms it with Amplify. */
function initialOwner(): CartOwner {
  try {
    const storage = browserStorage();
    if (!storage || !sessionStored(storage)) return null;
    return storage.getItem(CART_OWNER_HINT_KEY) || null;
  } catch {
    return null;
  }
}

function createCartStore() {
  const owner = initialOwner();
  return create<CartState>()(
    persist(
      (set, get) => ({
        owner,
        lines: [],
        add(book, quantity = 1) {
          const lines = get().lines;
          const existing = lines.find((l) => l.bookId === book.id);
          const limit = Math.max(0, Math.min(Math.floor(book.stock), MAX_QUANTITY_PER_LINE));
          const before = existing?.quantity ?? 0;
          const after = Math.min(before + Math.max(0, Math.floor(quantity)), limit);
          if (after <= before || (!existing && lines.length >= MAX_LINES)) return 0;
          // What the customer sees now is what they agree to: later changes are measured from here.
          const line: CartLine = {
            bookId: book.id,
            quantity: after,
            seenPriceCents: book.priceCents,
            seenStock: book.stock,
            currency: book.currency,
          };
          set({ lines: existing ? lines.map((l) => (l.bookId === book.id ? line : l)) : [...lines, line] });
          return after - before;
        },
        setQuantity(bookId, quantity) {
          if (!Number.isFinite(quantity)) return;
          set({
            lines: get().lines.map((l) => (l.bookId === bookId ? { ...l, quantity: clampQuantity(quantity) } : l)),
          });
        },
        remove(bookId) {
          set({ lines: get().lines.filter((l) => l.bookId !== bookId) });
        },
        clear() {
          set({ lines: [] });
        },
        acknowledge(bookId, seen) {
          set({
            lines: get().lines.map((l) =>
              l.bookId === bookId ? { ...l, seenPriceCents: seen.priceCents, seenStock: seen.stock } : l,
            ),
          });
        },
      }),
      {
        name: cartStorageKey(owner),
        version: CART_STORAGE_VERSION,
        storage: createJSONStorage(() => window.localStorage),
        partialize: (state): Persisted => ({ lines: state.lines }),
        migrate: (state, version) => migrateCart(state, version),
        // Storage is the truth: nothing saved under this key means an empty cart (not the lines in memory).
        merge: (persisted, current) => ({
          ...current,
          lines: sanitizeLines((persisted as Partial<Persisted> | undefined)?.lines),
        }),
      },
    ),
  );
}

export type CartStore = ReturnType<typeof createCartStore>;

/**
 * One store per page, whatever the number of copies of this module: a Retry of the remote (RemoteSlot) loads
 * cart-checkout's container again, and two stores would show two carts.
 */
const GLOBAL_STORE = Symbol.for('folio.cart-checkout.cart-store.v2');
type WithStore = typeof globalThis & { [GLOBAL_STORE]?: CartStore };

export const useCartStore: CartStore = ((globalThis as WithStore)[GLOBAL_STORE] ??= createCartStore());

/**
 * Makes `owner`'s saved cart the cart. When a guest signs in, the guest's lines move into the customer's saved
 * cart (quantities added, at most 10); they are read from storage and removed there in one step, so a second tab
 * following the same sign-in finds nothing left to add.
 */
export function switchCartOwner(owner: CartOwner): void {
  const { owner: current } = useCartStore.getState();
  if (current === owner) return;
  let lines = readSavedLines(cartStorageKey(owner));
  if (current === null && owner !== null) {
    lines = mergeLines(lines, readSavedLines(CART_STORAGE_KEY));
    try {
      browserStorage()?.removeItem(CART_STORAGE_KEY);
    } catch {
      // storage disabled: nothing was saved either
    }
  }
  useCartStore.persist.setOptions({ name: cartStorageKey(owner) });
  useCartStore.setState({ owner, lines });
  try {
    if (owner === null) browserStorage()?.removeItem(CART_OWNER_HINT_KEY);
    else browserStorage()?.setItem(CART_OWNER_HINT_KEY, owner);
  } catch {
    // only a start-up hint
  }
}

export const selectItemCount = (state: Pick<CartState, 'lines'>): number =>
  state.lines.reduce((n, l) => n + l.quantity, 0);

export const selectQuantityOf =
  (bookId: string) =>
  (state: Pick<CartState, 'lines'>): number =>
    state.lines.find((l) => l.bookId === bookId)?.quantity ?? 0;
