/**
 * An order's lines as a table (book, unit price, quantity, subtotal) with the total below: the customer's order
 * page links each book to its page; the staff order desk shows the titles the order kept.
 */
import type { OrderDetail } from '@folio/contract/documents/orders';
import { formatPrice } from '@folio/config/web/format';
import { Link } from '@folio/config/web/router';
import styles from './OrderLines.module.css';

interface OrderLinesProps {
  items: OrderDetail['items'];
  currency: string;
  totalCents: number;
  linkBooks?: boolean;
}

export function OrderLines({ items, currency, totalCents, linkBooks = false }: OrderLinesProps) {
  return (
    <table className={styles.lines}>
      <thead>
        <tr>
          <th scope="col">Book</th>
          <th scope="col" className={styles.number}>
            Unit price
          </th>
          <th scope="col" className={styles.number}>
            Quantity
          </th>
          <th scope="col" className={styles.number}>
            Subtotal
          </th>
        </tr>
      </thead>
      <tbody>
        {items.map((item) => (
          <tr key={item.bookId}>
            <th scope="row" className={styles.title}>
              {linkBooks ? <Link to={`/books/${encodeURIComponent(item.bookId)}`}>{item.title}</Link> : item.title}
            </th>
            <td className={styles.number}>{formatPrice(item.unitPriceCents, currency)}</td>
            <td className={styles.number}>{item.quantity}</td>
            <td className={styles.number}>{formatPrice(item.unitPriceCents * item.quantity, currency)}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row" colSpan={3}>
            Total
          </th>
          <td className={`${styles.number} ${styles.total}`}>{formatPrice(totalCents, currency)}</td>
        </tr>
      </tfoot>
    </table>
  );
}
