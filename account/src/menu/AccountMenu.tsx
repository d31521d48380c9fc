/**
 * The header's account area (exposed, rendered by the shell): "Sign in" for guests, back to this page afterwards;
 * for a signed-in customer a menu under their email: Orders, Profile, "Manage catalog" for Admins, and Sign out.
 * It follows Amplify's Hub auth events, so a sign-in or sign-out anywhere on the page shows at once.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { Link, useLocation } from '@folio/config/web/router';
import { useCurrentUser } from '../auth/use-current-user';
import { signOutHere } from '../auth/sign-out';
import { signInUrlFrom } from '../auth/sign-in-url';
import type { SignedInUser } from '../auth/session';
import { useMenuButton } from './use-menu-button';
import { visuallyHidden } from '@folio/config/web/a11y';
import styles from './AccountMenu.module.css';

export default function AccountMenu() {
  const state = useCurrentUser();
  const location = useLocation();
  const signInLink = useRef<HTMLAnchorElement>(null);
  const focusSignIn = useRef(false);

  // After "Sign out" the menu is gone: keyboard focus goes to the "Sign in" link that replaces it.
  useEffect(() => {
    if (state.status === 'guest' && focusSignIn.current) {
      focusSignIn.current = false;
      signInLink.current?.focus();
    }
  }, [state.status]);

  if (state.status === 'loading') return <span className={styles.placeholder} aria-hidden="true" />;
  if (state.status === 'guest') {
    return (
      <Link to={signInUrlFrom(location)} className={styles.signIn} ref={signInLink}>
        <PersonIcon />
        Sign in
      </Link>
    );
  }
  return <UserMenu user={state.user} onSignedOut={(expected) => (focusSignIn.current = expected)} />;
}

function UserMenu({ user, onSignedOut }: { user: SignedInUser; onSignedOut(expected: boolean): void }) {
  const menuButton = useMenuButton();
  const [signingOut, setSigningOut] = useState(false);
  const [error, setError] = useState<string>();
  const buttonId = useId();
  const menuId = useId();

  const signOut = () => {
    if (signingOut) return;
    setSigningOut(true);
    setError(undefined);
    onSignedOut(true);
    signOutHere().then(
      () => menuButton.close(false),
      () => {
        onSignedOut(false);
        setSigningOut(false);
        setError('Sign-out failed. Try again.');
      },
    );
  };

  return (
    <div className={styles.root} ref={menuButton.root}>
      <button
        type="button"
        id={buttonId}
        ref={menuButton.button}
        className={styles.button}
        aria-haspopup="menu"
        aria-expanded={menuButton.open}
        aria-controls={menuButton.open ? menuId : undefined}
        onClick={menuButton.onButtonClick}
        onKeyDown={menuButton.onButtonKeyDown}
        title={user.email}
      >
        <PersonIcon />
        <span className={visuallyHidden}>Account menu for </span>
        <span className={styles.email}>{user.email}</span>
        <svg className={styles.chevron} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path
            d="m4 6 4 4 4-4"
            fill="none"
            stroke="currentColor"
            strokeWidth="1.8"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
      </button>
      {menuButton.open && (
        <ul
          id={menuId}
          role="menu"
          aria-labelledby={buttonId}
          className={styles.menu}
          ref={menuButton.menu}
          onKeyDown={menuButton.onMenuKeyDown}
        >
          <li role="none" className={styles.who}>
            <span aria-hidden="true">
              Signed in as <strong>{user.email}</strong>
            </span>
          </li>
          <MenuLink to="/account/orders" onChoose={() => menuButton.close(false)}>
            Orders
          </MenuLink>
          <MenuLink to="/account/profile" onChoose={() => menuButton.close(false)}>
            Profile
          </MenuLink>
          {user.isAdmin && (
            <MenuLink to="/admin" onChoose={() => menuButton.close(false)}>
              Manage catalog
            </MenuLink>
          )}
          <li role="none" className={styles.separator}>
            <button
              type="button"
              role="menuitem"
              tabIndex={-1}
              className={styles.item}
              onClick={signOut}
              aria-disabled={signingOut}
            >
              {signingOut ? 'Signing out…' : 'Sign out'}
            </button>
          </li>
        </ul>
      )}
      {error && (
        <span role="alert" className={styles.error}>
          {error}
        </span>
      )}
    </div>
  );
}

function MenuLink({ to, onChoose, children }: { to: string; onChoose(): void; children: string }) {
  return (
    <li role="none">
      <Link to={to} role="menuitem" tabIndex={-1} className={styles.item} onClick={onChoose}>
        {children}
      </Link>
    </li>
  );
}

function PersonIcon() {
  return (
    <svg className={styles.icon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <circle cx="12" cy="8" r="4" fill="none" stroke="currentColor" strokeWidth="2" />
      <path d="M4 21c.8-4 4-6 8-6s7.2 2 8 6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
    </svg>
  );
}
