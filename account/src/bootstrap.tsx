import { startStandalone } from '@folio/config/web/standalone';
import AccountRoutes from './routes';
import AccountMenu from './menu/AccountMenu';
import styles from './bootstrap.module.css';

void startStandalone({
  app: 'account',
  links: [
    { to: '/account/orders', label: 'Orders' },
    { to: '/account/profile', label: 'Profile' },
    { to: '/account/sign-in', label: 'Sign in' },
  ],
  render: () => (
    <>
      <div className={styles.menu}>
        <AccountMenu />
      </div>
      <AccountRoutes />
    </>
  ),
});
