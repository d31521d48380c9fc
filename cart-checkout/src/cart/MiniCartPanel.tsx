/** The mini cart's summary: the first lines, the subtotal at current prices, and the ways on. */
import { Link } from '@folio/config/web/router';
import { formatPrice } from '@folio/config/web/format';
import { CoverThumb } from './CoverThumb';
import { useCartView } from './use-cart-view';
import { itemsLabel } from './words';
import styles from './MiniCart.module.css';

/** More lines than this are summed up as "and N more". */
const SHOWN_LINES = 4;

export function MiniCartPanel() {
  const { views, summary, failed } = useCartView();
  if (views.length === 0) {
    return (
      <div className={styles.panelBody}>
        <p className={styles.emptyText}>Your cart is empty.</p>
        <Link to="/books" className={styles.secondaryAction}>
          Browse books
        </Link>
      </div>
    );
  }
  const hidden = views.length - SHOWN_LINES;
  const changed = views.some((v) => v.priceChange || v.stockDrop || v.soldOut || v.short || v.status === 'missing');
  return (
    <div className={styles.panelBody}>
      <p className={styles.panelHead}>{itemsLabel(summary.itemCount)} in your cart</p>
      <ul className={styles.lines} aria-label="In your cart">
        {views.slice(0, SHOWN_LINES).map((v) => (
          <li key={v.line.bookId} className={styles.line}>
            <CoverThumb book={v.book} size="small" />
            <span className={styles.lineText}>
              <span className={styles.lineTitle}>
                {v.book?.title ?? (v.status === 'missing' ? 'No longer available' : 'Loading…')}
              </span>
              <span className={styles.lineMeta}>
                Qty {v.line.quantity}
                {v.book && ` · ${formatPrice(v.book.priceCents, v.book.currency)}`}
              </span>
            </span>
          </li>
        ))}
      </ul>
      {hidden > 0 && <p className={styles.more}>and {hidden} more</p>}
      {changed && <p className={styles.notice}>Some prices or stock changed: see your cart.</p>}
      {failed && <p className={styles.notice}>Some details could not be loaded.</p>}
      <p className={styles.subtotal}>
        <span>Subtotal</span>
        <strong>{summary.money === undefined ? '…' : formatPrice(summary.money.itemsCents, summary.currency)}</strong>
      </p>
      <div className={styles.actions}>
        <Link to="/cart" className={styles.secondaryAction}>
          View cart
        </Link>
        <Link to="/checkout" className={styles.primaryAction}>
          Checkout
        </Link>
      </div>
    </div>
  );
}
