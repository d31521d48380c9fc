/**
 * The add-to-cart button the catalog renders (loaded from cart-checkout at run time) on book pages and shelves.
 * Never adds beyond the stock the catalog shows or the API's 10 per line; says what it did in a live region.
 */
import { useEffect, useState } from 'react';
import { Link } from '@folio/config/web/router';
import { primeBook } from './book-info';
import { startCartSync } from './cart-sync';
import { MAX_QUANTITY_PER_LINE, selectQuantityOf, useCartStore, type CartBook } from './store';
import { visuallyHidden } from '@folio/config/web/a11y';
import styles from './AddToCartButton.module.css';

export interface AddToCartButtonProps {
  book: CartBook;
  /** 'compact' for shelves and cards; the book page uses the default. */
  size?: 'large' | 'compact';
}

/** How long the button says "Added to cart ✓". */
const FEEDBACK_MS = 2500;

export default function AddToCartButton({ book, size = 'large' }: AddToCartButtonProps) {
  const inCart = useCartStore(selectQuantityOf(book.id));
  const add = useCartStore((s) => s.add);
  const [justAdded, setJustAdded] = useState(false);

  useEffect(() => {
    startCartSync();
  }, []);

  useEffect(() => {
    if (!justAdded) return;
    const timer = setTimeout(() => setJustAdded(false), FEEDBACK_MS);
    return () => clearTimeout(timer);
  }, [justAdded]);

  const soldOut = book.stock <= 0;
  const atLimit = !soldOut && inCart >= Math.min(book.stock, MAX_QUANTITY_PER_LINE);
  const label = soldOut ? 'Sold out' : justAdded ? 'Added to cart ✓' : atLimit ? 'No more available' : 'Add to cart';

  return (
    <div className={`${styles.box} ${size === 'compact' ? styles.compact : ''}`}>
      <button
        type="button"
        className={`${styles.button} ${justAdded ? styles.added : ''}`}
        // Sold out from the start: disabled. Full after a click: aria-disabled, so keyboard focus stays on the button.
        disabled={soldOut}
        aria-disabled={atLimit ? true : undefined}
        onClick={() => {
          if (atLimit) return;
          if (add(book) > 0) {
            primeBook(book);
            setJustAdded(true);
          }
        }}
      >
        {label}
      </button>
      <p className={styles.note} role="status" aria-live="polite">
        {inCart > 0 && (
          <>
            {justAdded && <span className={visuallyHidden}>Added {book.title}. </span>}
            {inCart} in your <Link to="/cart">cart</Link>
            {atLimit && !soldOut && (
              <span>
                {' '}
                · {inCart >= MAX_QUANTITY_PER_LINE ? `at most ${MAX_QUANTITY_PER_LINE} per order` : 'all we have'}
              </span>
            )}
          </>
        )}
      </p>
    </div>
  );
}
