/** /cart: the lines at current prices, with what changed since they were added; checkout is one step further. */
import { useEffect } from 'react';
import { Link } from '@folio/config/web/router';
import { formatPrice } from '@folio/config/web/format';
import { startCartSync } from './cart-sync';
import { CartLineItem } from './CartLineItem';
import { itemsLabel } from './words';
import { useCartView } from './use-cart-view';
import styles from './CartPage.module.css';

export function CartPage() {
  const { views, summary, failed, reload } = useCartView();

  useEffect(() => {
    startCartSync();
  }, []);

  return (
    <div className={styles.page}>
      <title>Your cart · Folio</title>
      <h1 className={styles.title}>Your cart</h1>
      {views.length === 0 ? (
        <div className={styles.empty}>
          <svg className={styles.emptyIcon} viewBox="0 0 48 48" aria-hidden="true" focusable="false">
            <path
              d="M8 10h4l5 22h20l4-16H15"
              fill="none"
              stroke="currentColor"
              strokeWidth="2.5"
              strokeLinecap="round"
              strokeLinejoin="round"
            />
            <circle cx="19" cy="39" r="2.5" fill="currentColor" />
            <circle cx="34" cy="39" r="2.5" fill="currentColor" />
          </svg>
          <p className={styles.emptyTitle}>Your cart is empty.</p>
          <p className={styles.emptyText}>Find your next favourite among our classics.</p>
          <Link to="/books" className={styles.primary}>
            Browse books
          </Link>
        </div>
      ) : (
        <div className={styles.layout}>
          <section aria-label="Cart items">
            {failed && (
              <p className={styles.loadError} role="alert">
                Some books could not be loaded, so prices may be out of date.{' '}
                <button type="button" className={styles.linkButton} onClick={reload}>
                  Try again
                </button>
              </p>
            )}
            <ul className={styles.lines} aria-label="Items in your cart">
              {views.map((view) => (
                <CartLineItem key={view.line.bookId} view={view} />
              ))}
            </ul>
            <Link to="/books" className={styles.continue}>
              ← Continue shopping
            </Link>
          </section>
          <aside className={styles.summary} aria-label="Order summary">
            <h2 className={styles.summaryTitle}>Order summary</h2>
            <p className={styles.summaryRow}>
              <span>Subtotal ({itemsLabel(summary.itemCount)})</span>
              <strong>
                {summary.money === undefined ? '…' : formatPrice(summary.money.itemsCents, summary.currency)}
              </strong>
            </p>
            <p className={styles.summaryNote}>Shipping is free. Prices are today’s; you pay what checkout shows.</p>
            {summary.blockers.length > 0 ? (
              <>
                <ul className={styles.blockers}>
                  {summary.blockers.map((b) => (
                    <li key={b}>{b}</li>
                  ))}
                </ul>
                <span className={`${styles.primary} ${styles.primaryDisabled}`} role="link" aria-disabled="true">
                  Go to checkout
                </span>
              </>
            ) : (
              <Link to="/checkout" className={styles.primary}>
                Go to checkout
              </Link>
            )}
          </aside>
        </div>
      )}
    </div>
  );
}
