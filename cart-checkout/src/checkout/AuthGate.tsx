/**
 * Checkout is for signed-in customers. The account app's guard (`account/RequireAuth`, loaded at run time) sends a
 * guest to sign in and back here; if the account remote cannot be loaded, a local guard does the same, so a
 * customer who is already signed in can still pay.
 */
import { lazy, Suspense, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import { Navigate, useLocation } from '@folio/config/web/router';
import { loadRemoteModule } from '@folio/config/web/remotes';
import type { RequireAuthProps } from 'account/RequireAuth';
import { useSession } from '@folio/config/web/use-session';

/** Where a guest signs in, coming back to `path` afterwards. */
export function signInPath(path: string): string {
  return `/account/sign-in?returnTo=${encodeURIComponent(path)}`;
}

export function LocalRequireAuth({ children, fallback = null }: { children: ReactNode; fallback?: ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (session.status === 'loading') return <>{fallback}</>;
  if (session.status === 'guest') return <Navigate to={signInPath(`${location.pathname}${location.search}`)} replace />;
  return <>{children}</>;
}

type Guard = ComponentType<{ children: ReactNode; fallback?: ReactNode }>;

let guard: LazyExoticComponent<Guard> | undefined;

function accountGuard() {
  guard ??= lazy(async () => {
    try {
      const mod = await loadRemoteModule<{ default: ComponentType<RequireAuthProps> }>('account/RequireAuth');
      return { default: mod.default as Guard };
    } catch (error) {
      console.warn('[folio] account/RequireAuth unavailable; checkout checks the session itself:', error);
      return { default: LocalRequireAuth };
    }
  });
  return guard;
}

/** Forgets the loaded guard (tests load it again with another fake account remote). */
export function resetAuthGate(): void {
  guard = undefined;
}

export function AuthGate({ children, fallback }: { children: ReactNode; fallback: ReactNode }) {
  const Guard = accountGuard();
  return (
    <Suspense fallback={fallback}>
      <Guard fallback={fallback}>{children}</Guard>
    </Suspense>
  );
}
