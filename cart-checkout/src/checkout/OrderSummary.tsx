/** Checkout's summary of what is being bought, at the prices the API gives now (the server charges those). */
import { Link } from '@folio/config/web/router';
import { formatPrice } from '@folio/config/web/format';
import { CoverThumb } from '../cart/CoverThumb';
import type { CartSummary, LineView } from '../cart/line-status';
import styles from './CheckoutPage.module.css';

export function OrderSummary({ views, summary }: { views: readonly LineView[]; summary: CartSummary }) {
  return (
    <aside className={styles.summary} aria-labelledby="folio-summary-heading">
      <div className={styles.summaryHead}>
        <h2 id="folio-summary-heading" className={styles.summaryTitle}>
          Your order
        </h2>
        <Link to="/cart" className={styles.editCart}>
          Edit cart
        </Link>
      </div>
      <ul className={styles.summaryLines} aria-label="Books in your order">
        {views.map((v) => (
          <li key={v.line.bookId} className={styles.summaryLine}>
            <CoverThumb book={v.book} size="small" />
            <span className={styles.summaryText}>
              <span className={styles.summaryBook}>
                {v.book?.title ?? (v.status === 'missing' ? 'No longer sold' : 'Loading…')}
              </span>
              <span className={styles.summaryMeta}>
                {v.line.quantity} × {v.book ? formatPrice(v.book.priceCents, v.book.currency) : '…'}
                {v.priceChange && <span className={styles.changed}> (price changed)</span>}
              </span>
            </span>
            <span className={styles.summaryAmount}>
              {v.lineTotalCents === undefined ? '' : formatPrice(v.lineTotalCents, v.book!.currency)}
            </span>
          </li>
        ))}
      </ul>
      <dl className={styles.totals}>
        <div>
          <dt>Shipping</dt>
          <dd>
            {summary.money === undefined
              ? '…'
              : summary.money.shippingCents === 0
                ? 'Free'
                : formatPrice(summary.money.shippingCents, summary.currency)}
          </dd>
        </div>
        <div className={styles.total}>
          <dt>Total</dt>
          <dd>{summary.money === undefined ? '…' : formatPrice(summary.money.totalCents, summary.currency)}</dd>
        </div>
      </dl>
      {summary.blockers.length > 0 && (
        <div className={styles.blockers}>
          <ul>
            {summary.blockers.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
          <Link to="/cart">Update your cart</Link>
        </div>
      )}
    </aside>
  );
}
