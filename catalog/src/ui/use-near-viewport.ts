import { startTransition, useEffect, useState, type RefObject } from 'react';

/**
 * True once the element is within `margin` of the viewport, so shelves far down the home page fetch their books
 * only when the customer scrolls towards them. Without IntersectionObserver (old browsers, jsdom) it is true.
 * A prerendered page shows such shelves as skeletons: the browser fills them.
 */
export function useNearViewport(ref: RefObject<Element | null>, margin = '600px'): boolean {
  // Prerendered in Node (no window): not near, as a browser's first render says, so hydration matches.
  const [near, setNear] = useState(() => typeof window !== 'undefined' && typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) {
          // Not urgent: the shelves that come into reach render in slices the browser can interrupt for input.
          startTransition(() => setNear(true));
          observer.disconnect();
        }
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [ref, margin, near]);
  return near;
}
