/**
 * What the cart says about each line, from the line (what the customer saw when adding the book) and the book as
 * the API describes it now: current price and total, a price change, a stock drop, sold out. Pure, so the cart
 * page, the mini cart and checkout agree.
 */
import { priceOrder, type OrderMoney } from '@folio/contract/rules/price-order';
import type { CartBookData } from '@folio/contract/documents/cart';
import { MAX_LINE_QUANTITY } from '@folio/contract/rules/order-lines';
import type { BookInfoEntry } from './book-info';
import type { CartLine } from './store';

/** The catalog says "Only N left" from here down (catalog/src/books/stock.ts): a drop into it is worth a word. */
export const LOW_STOCK = 5;

export interface LineView {
  line: CartLine;
  /** The book now; absent while it is read for the first time, or if it no longer exists. */
  book?: CartBookData;
  status: BookInfoEntry['status'];
  /** The price went up or down since the customer saw it. */
  priceChange?: { fromCents: number; toCents: number };
  /** The stock fell since the customer saw it, to fewer than they want or to the last few. */
  stockDrop?: { from: number; to: number };
  soldOut: boolean;
  /** More in the cart than in stock (but some left). */
  short: boolean;
  /** The largest quantity the customer may choose now (never less than what the line holds, so it shows). */
  maxQuantity: number;
  lineTotalCents?: number;
}

export function lineView(line: CartLine, entry: BookInfoEntry | undefined): LineView {
  const status = entry?.status ?? 'loading';
  const book = entry && 'book' in entry ? entry.book : undefined;
  if (!book || status === 'missing') {
    return { line, status, soldOut: false, short: false, maxQuantity: Math.max(line.quantity, 1) };
  }
  const soldOut = book.stock <= 0;
  const short = !soldOut && book.stock < line.quantity;
  const dropped = book.stock < line.seenStock && (book.stock < line.quantity || book.stock <= LOW_STOCK);
  return {
    line,
    book,
    status,
    priceChange:
      book.priceCents !== line.seenPriceCents
        ? { fromCents: line.seenPriceCents, toCents: book.priceCents }
        : undefined,
    stockDrop: dropped ? { from: line.seenStock, to: Math.max(0, book.stock) } : undefined,
    soldOut,
    short,
    maxQuantity: Math.max(line.quantity, Math.min(MAX_LINE_QUANTITY, Math.max(book.stock, 1))),
    lineTotalCents: book.priceCents * line.quantity,
  };
}

export interface CartSummary {
  itemCount: number;
  /** Items, shipping and total at current prices, priced as makePayment prices them; unknown until every book is. */
  money?: OrderMoney;
  currency: string;
  /** Every book is known, in stock for the quantity, and still sold. */
  orderable: boolean;
  /** Lines that stop the order, in words, for the checkout button's explanation. */
  blockers: string[];
}

export function cartSummary(views: readonly LineView[]): CartSummary {
  const itemCount = views.reduce((n, v) => n + v.line.quantity, 0);
  const known = views.every((v) => v.book && v.status !== 'missing');
  const blockers = views.flatMap((v) => {
    const title = v.book ? `“${v.book.title}”` : 'A book';
    if (v.status === 'missing') return ['A book in your cart is no longer sold: remove it to check out.'];
    if (v.soldOut) return [`${title} is sold out: remove it to check out.`];
    if (v.short) return [`Only ${v.book!.stock} of ${title} left: lower the quantity to check out.`];
    return [];
  });
  return {
    itemCount,
    money: known
      ? priceOrder(views.map((v) => ({ unitPriceCents: v.book!.priceCents, quantity: v.line.quantity })))
      : undefined,
    currency: views.find((v) => v.book)?.book?.currency ?? views[0]?.line.currency ?? 'USD',
    orderable: views.length > 0 && known && blockers.length === 0,
    blockers,
  };
}
