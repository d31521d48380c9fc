/** One line of the cart page: cover, title, price (and what changed), quantity, remove, line total. */
import { Link } from '@folio/config/web/router';
import { formatPrice } from '@folio/config/web/format';
import { CoverThumb } from './CoverThumb';
import type { LineView } from './line-status';
import { useCartStore } from './store';
import { visuallyHidden } from '@folio/config/web/a11y';
import styles from './CartPage.module.css';

export function CartLineItem({ view }: { view: LineView }) {
  const setQuantity = useCartStore((s) => s.setQuantity);
  const remove = useCartStore((s) => s.remove);
  const acknowledge = useCartStore((s) => s.acknowledge);
  const { line, book, status } = view;
  const title = book?.title ?? (status === 'missing' ? 'A book no longer sold' : 'Loading…');
  const selectId = `folio-qty-${line.bookId}`;
  const bookPath = `/books/${encodeURIComponent(line.bookId)}`;

  return (
    <li
      className={`${styles.line} ${view.soldOut || status === 'missing' ? styles.lineUnavailable : ''}`}
      aria-busy={status === 'loading' || undefined}
    >
      <CoverThumb book={book} />
      <div className={styles.lineText}>
        {book ? (
          <Link to={bookPath} className={styles.lineTitle}>
            {title}
          </Link>
        ) : (
          <span className={styles.lineTitle}>{title}</span>
        )}
        {book && <span className={styles.lineAuthor}>{book.author}</span>}
        {book && <span className={styles.unitPrice}>{formatPrice(book.priceCents, book.currency)} each</span>}
        <LineNotes
          view={view}
          title={title}
          onAcknowledge={() => book && acknowledge(line.bookId, { priceCents: book.priceCents, stock: book.stock })}
        />
      </div>
      <div className={styles.lineControls}>
        <label htmlFor={selectId} className={styles.qtyLabel}>
          Quantity<span className={visuallyHidden}> of {title}</span>
        </label>
        <select
          id={selectId}
          className={styles.qtySelect}
          value={line.quantity}
          disabled={view.soldOut || status === 'missing'}
          onChange={(e) => setQuantity(line.bookId, Number(e.target.value))}
        >
          {Array.from({ length: view.maxQuantity }, (_, i) => i + 1).map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </select>
        <button
          type="button"
          className={styles.remove}
          onClick={() => remove(line.bookId)}
          aria-label={`Remove ${title}`}
        >
          Remove
        </button>
      </div>
      <strong className={styles.lineTotal}>
        {view.lineTotalCents === undefined ? '' : formatPrice(view.lineTotalCents, book!.currency)}
      </strong>
    </li>
  );
}

function LineNotes({ view, title, onAcknowledge }: { view: LineView; title: string; onAcknowledge(): void }) {
  const { priceChange, stockDrop, soldOut, short, book, status } = view;
  const notes: string[] = [];
  if (status === 'missing') notes.push('This book is no longer sold. Remove it to check out.');
  if (soldOut) notes.push('Sold out since you added it. Remove it to check out.');
  else if (short) notes.push(`Only ${book!.stock} left: lower the quantity to check out.`);
  else if (stockDrop) notes.push(`Only ${stockDrop.to} left (there were ${stockDrop.from} when you added it).`);
  if (priceChange && book) {
    const verb = priceChange.toCents > priceChange.fromCents ? 'went up' : 'went down';
    notes.push(
      `The price ${verb} from ${formatPrice(priceChange.fromCents, book.currency)} to ${formatPrice(priceChange.toCents, book.currency)} since you added it.`,
    );
  }
  if (notes.length === 0) return null;
  const blocking = soldOut || short || status === 'missing';
  return (
    <div className={blocking ? styles.lineProblem : styles.lineWarning}>
      {notes.map((n) => (
        <p key={n} className={styles.noteText}>
          <span aria-hidden="true">{blocking ? '⚠ ' : 'ℹ '}</span>
          {n}
        </p>
      ))}
      {!blocking && (
        <button type="button" className={styles.linkButton} onClick={onAcknowledge}>
          OK, got it<span className={visuallyHidden}> ({title})</span>
        </button>
      )}
    </div>
  );
}
