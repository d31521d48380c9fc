/**
 * The frame of the signed-in customer's pages: their sections, then the page (which gets the user as outlet context).
 */
import { NavLink, Outlet, useOutletContext } from '@folio/config/web/router';
import type { SessionUser } from '@folio/config/web/session';
import page from '../ui/page.module.css';
import styles from './AccountLayout.module.css';

const linkClass = ({ isActive }: { isActive: boolean }) => (isActive ? `${styles.link} ${styles.active}` : styles.link);

export function AccountLayout({ user }: { user: SessionUser }) {
  return (
    <div className={page.page}>
      <nav aria-label="Your account" className={styles.nav}>
        <ul className={styles.links}>
          <li>
            <NavLink to="/account/orders" className={linkClass}>
              Orders
            </NavLink>
          </li>
          <li>
            <NavLink to="/account/profile" className={linkClass}>
              Profile
            </NavLink>
          </li>
          {user.isAdmin && (
            <li>
              <NavLink to="/admin" className={linkClass}>
                Manage catalog
              </NavLink>
            </li>
          )}
        </ul>
      </nav>
      <Outlet context={user} />
    </div>
  );
}

/** The signed-in user, for a page under AccountLayout. */
export const useAccountUser = (): SessionUser => useOutletContext<SessionUser>();
