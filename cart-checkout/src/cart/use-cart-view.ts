/** The cart's lines with what the API says about their books now, and the summary the pages show. */
import { useMemo } from 'react';
import { BOOK_INFO_MAX_AGE_MS, useBookInfoFor } from './book-info';
import { cartSummary, lineView, type CartSummary, type LineView } from './line-status';
import { useCartStore } from './store';

export interface CartView {
  views: LineView[];
  summary: CartSummary;
  /** Some book could not be read (the API is unreachable). */
  failed: boolean;
  reload(): void;
}

export function useCartView(maxAgeMs = BOOK_INFO_MAX_AGE_MS): CartView {
  const lines = useCartStore((s) => s.lines);
  const ids = useMemo(() => lines.map((l) => l.bookId), [lines]);
  const { entries, reload } = useBookInfoFor(ids, maxAgeMs);
  const views = useMemo(() => lines.map((line) => lineView(line, entries[line.bookId])), [lines, entries]);
  return {
    views,
    summary: useMemo(() => cartSummary(views), [views]),
    failed: views.some((v) => v.status === 'error'),
    reload,
  };
}
