import { stockState } from './stock';
import styles from './StockBadge.module.css';

export function StockBadge({ stock }: { stock: number }) {
  const { kind, label } = stockState(stock);
  return <span className={`${styles.badge} ${styles[kind]}`}>{label}</span>;
}
