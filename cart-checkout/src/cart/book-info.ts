/**
 * Display data of the books in the cart (title, author, cover, current price and stock), read from the API and
 * kept briefly: the cart stores ids and quantities only, so what it shows is never older than this cache.
 * AddToCartButton primes it with the book the catalog just read, so the cart shows it without a request.
 */
import { useCallback, useEffect } from 'react';
import { create } from 'zustand';
import type { CartBookData } from '@folio/contract/documents/cart';

/** How long a read stays fresh for showing the cart; checkout asks for fresher data. */
export const BOOK_INFO_MAX_AGE_MS = 30_000;

export type BookInfoEntry =
  | { status: 'loading'; fetchedAt: 0 }
  | { status: 'ready'; book: CartBookData; fetchedAt: number }
  /** The API has no such book (deleted from the catalog). */
  | { status: 'missing'; fetchedAt: number }
  /** The read failed; `book` is what an earlier read said, if any. */
  | { status: 'error'; book?: CartBookData; fetchedAt: number };

interface BookInfoState {
  entries: Readonly<Record<string, BookInfoEntry>>;
}

export const useBookInfo = create<BookInfoState>()(() => ({ entries: {} }));

const inflight = new Map<string, Promise<void>>();

const setEntry = (id: string, entry: BookInfoEntry) =>
  useBookInfo.setState((s) => ({ entries: { ...s.entries, [id]: entry } }));

/** Remembers a book read elsewhere (the catalog's book page) as fresh. */
export function primeBook(book: CartBookData): void {
  const { id, title, author, priceCents, currency, stock, coverKey } = book;
  setEntry(id, {
    status: 'ready',
    book: { id, title, author, priceCents, currency, stock, coverKey },
    fetchedAt: Date.now(),
  });
}

function isFresh(entry: BookInfoEntry | undefined, maxAgeMs: number, now: number): boolean {
  return (
    entry !== undefined && (entry.status === 'ready' || entry.status === 'missing') && now - entry.fetchedAt < maxAgeMs
  );
}

async function fetchBook(id: string): Promise<void> {
  // The API client loads with the first read, not with the header's mini cart on every page.
  const { getCartBook } = await import('../api/books');
  try {
    const book = await getCartBook(id);
    setEntry(
      id,
      book ? { status: 'ready', book, fetchedAt: Date.now() } : { status: 'missing', fetchedAt: Date.now() },
    );
  } catch {
    const before = useBookInfo.getState().entries[id];
    const book = before && 'book' in before ? before.book : undefined;
    setEntry(id, { status: 'error', book, fetchedAt: Date.now() });
  }
}

/** Reads the books not read within `maxAgeMs`, all at once (one getBook each, in parallel; one request per book at a time). */
export function refreshBooks(ids: readonly string[], maxAgeMs = BOOK_INFO_MAX_AGE_MS): Promise<void> {
  const now = Date.now();
  const { entries } = useBookInfo.getState();
  const reads = [...new Set(ids)].map((id) => {
    const running = inflight.get(id);
    if (running) return running;
    if (isFresh(entries[id], maxAgeMs, now)) return undefined;
    if (!entries[id]) setEntry(id, { status: 'loading', fetchedAt: 0 });
    const read = fetchBook(id).finally(() => inflight.delete(id));
    inflight.set(id, read);
    return read;
  });
  return Promise.all(reads).then(() => undefined);
}

/** Forgets every read (tests start from nothing known). */
export function resetBookInfo(): void {
  inflight.clear();
  useBookInfo.setState({ entries: {} });
}

/** The entries for `ids`, reading those not fresh enough; `reload` reads them all again (after an error). */
export function useBookInfoFor(
  ids: readonly string[],
  maxAgeMs = BOOK_INFO_MAX_AGE_MS,
): { entries: Readonly<Record<string, BookInfoEntry>>; reload(): void } {
  const entries = useBookInfo((s) => s.entries);
  const key = ids.join('\n');
  useEffect(() => {
    if (key) void refreshBooks(key.split('\n'), maxAgeMs);
  }, [key, maxAgeMs]);
  const reload = useCallback(() => void refreshBooks(key ? key.split('\n') : [], 0), [key]);
  return { entries, reload };
}
