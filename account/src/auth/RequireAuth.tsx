/**
 * Renders its children for a signed-in customer; sends a guest to sign in and back here afterwards. Exposed, so
 * other apps guard their pages the same way (checkout, admin). See account/README.md.
 */
import type { ReactNode } from 'react';
import { Navigate, useLocation } from '@folio/config/web/router';
import type { SessionUser } from '@folio/config/web/session';
import { useSession } from '@folio/config/web/use-session';
import { accountEmail } from './account-email';
import { signInUrl } from './sign-in-url';
import page from '../ui/page.module.css';

export interface RequireAuthProps {
  /** The guarded content, or a function of the signed-in user. */
  children: ReactNode | ((user: SessionUser) => ReactNode);
  /** Shown while the session is read (usually a few milliseconds). Default: nothing. */
  fallback?: ReactNode;
  /** A Cognito group the user must be in (e.g. "Admin"); others see `forbidden`. */
  group?: string;
  /** Shown to a signed-in user who is not in `group`. */
  forbidden?: ReactNode;
}

export default function RequireAuth({
  children,
  fallback = null,
  group,
  forbidden = <DefaultForbidden />,
}: RequireAuthProps) {
  const state = useSession(accountEmail);
  const location = useLocation();
  if (state.status === 'loading') return <>{fallback}</>;
  if (state.status === 'guest') {
    return <Navigate to={signInUrl(`${location.pathname}${location.search}`)} replace />;
  }
  if (group && !state.user.groups.includes(group)) return <>{forbidden}</>;
  return <>{typeof children === 'function' ? children(state.user) : children}</>;
}

function DefaultForbidden() {
  return (
    <div className={page.page}>
      <h1 className={page.title}>Not available to your account</h1>
      <p>This page is for store staff. You are signed in with an account that cannot open it.</p>
    </div>
  );
}
