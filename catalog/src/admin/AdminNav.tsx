import { NavLink } from '@folio/config/web/router';
import styles from './AdminNav.module.css';

/** The store management's two desks; the current one is marked (aria-current) by NavLink. */
export function AdminNav() {
  const linkClass = ({ isActive }: { isActive: boolean }) =>
    isActive ? `${styles.link} ${styles.active}` : styles.link;
  return (
    <nav aria-label="Store management" className={styles.nav}>
      <NavLink to="/admin" end className={linkClass}>
        Books
      </NavLink>
      <NavLink to="/admin/orders" className={linkClass}>
        Orders
      </NavLink>
    </nav>
  );
}
