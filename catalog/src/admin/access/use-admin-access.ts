import { useEffect, useState } from 'react';
import { onAuthChange, readAdminAccess, type AdminAccess } from './admin-access';

/** The user's admin access, read on mount and again whenever someone signs in or out. */
export function useAdminAccess(): AdminAccess | { status: 'loading' } {
  const [access, setAccess] = useState<AdminAccess | { status: 'loading' }>({ status: 'loading' });
  useEffect(() => {
    let mounted = true;
    const refresh = () => void readAdminAccess().then((next) => mounted && setAccess(next));
    refresh();
    const stop = onAuthChange(refresh);
    return () => {
      mounted = false;
      stop();
    };
  }, []);
  return access;
}
