/**
 * The admin pages' gate: guests go to the account app's sign-in page and come back here afterwards; signed-in
 * customers outside the Admin group see "Not allowed". (The account app exposes a RequireAuth too; this one is
 * the catalog's own so the admin pages do not depend on another remote being up to decide.)
 */
import type { ReactNode } from 'react';
import { Navigate, useLocation } from '@folio/config/web/router';
import { useSession } from '@folio/config/web/use-session';
import { NotAllowedPage } from './NotAllowedPage';
import styles from '../ui/AdminPage.module.css';

/** The account app's sign-in page; it sends the user back to `returnTo` (a path of this store) once signed in. */
export const signInUrl = (returnTo: string): string => `/account/sign-in?returnTo=${encodeURIComponent(returnTo)}`;

export function RequireAdmin({ children }: { children: ReactNode }) {
  const session = useSession();
  const { pathname, search } = useLocation();
  if (session.status === 'loading') {
    return (
      <div className={styles.page}>
        <p role="status" className={styles.muted}>
          Checking your access…
        </p>
      </div>
    );
  }
  if (session.status === 'guest') return <Navigate to={signInUrl(`${pathname}${search}`)} replace />;
  if (!session.user.isAdmin) return <NotAllowedPage email={session.user.email} />;
  return <>{children}</>;
}
