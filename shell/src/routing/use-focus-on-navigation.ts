import { useEffect, useRef, type RefObject } from 'react';
import { useLocation } from '@folio/config/web/router';

/**
 * After an in-app navigation, start the new page at its top and put keyboard and screen-reader focus on the
 * main area (as a full page load would), instead of leaving it on a link that is gone. Not on the first load.
 */
export function useFocusOnNavigation(main: RefObject<HTMLElement | null>): void {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo?.(0, 0);
    main.current?.focus({ preventScroll: true });
  }, [pathname, main]);
}
