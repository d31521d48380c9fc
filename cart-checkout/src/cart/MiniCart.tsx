/**
 * The header's cart (the shell renders it, loaded from cart-checkout): a link to /cart with the number of items,
 * named by its own visible text ("Cart 3" shown, "Cart 3 items" read: the name starts with what is seen, WCAG
 * 2.5.3 Label in Name), and a disclosure button that opens a small summary of the lines and the subtotal. Escape,
 * a click elsewhere or following a link closes it.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { Link, useLocation } from '@folio/config/web/router';
import { startCartSync } from './cart-sync';
import { MiniCartPanel } from './MiniCartPanel';
import { selectItemCount, useCartStore } from './store';
import { itemsWord } from './words';
import { visuallyHidden } from '@folio/config/web/a11y';
import styles from './MiniCart.module.css';

export default function MiniCart() {
  const count = useCartStore(selectItemCount);
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const { pathname } = useLocation();

  useEffect(() => {
    startCartSync();
  }, []);

  // A link in the panel (or anywhere) took the customer elsewhere: the summary has done its job.
  useEffect(() => setOpen(false), [pathname]);

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      setOpen(false);
      toggleRef.current?.focus();
    }
  };

  return (
    /* eslint-disable-next-line jsx-a11y/no-static-element-interactions --
       Escape and blur bubble up from the link and button inside; the div itself takes no input */
    <div
      className={styles.root}
      ref={rootRef}
      onKeyDown={onKeyDown}
      onBlur={(event) => {
        // Tabbing out of the summary closes it, so it never covers what the keyboard moved on to.
        if (open && event.relatedTarget && !rootRef.current?.contains(event.relatedTarget as Node)) setOpen(false);
      }}
    >
      <Link to="/cart" className={styles.link}>
        <svg className={styles.icon} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path
            d="M6 6h15l-1.5 8.5a2 2 0 0 1-2 1.5H9.2a2 2 0 0 1-2-1.6L5 3H2"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
          <circle cx="9.5" cy="20" r="1.5" fill="currentColor" />
          <circle cx="17.5" cy="20" r="1.5" fill="currentColor" />
        </svg>
        {/* The spaces make one name ("Cart 3 items") however the spans are laid out. */}
        <span className={styles.text}>Cart</span>{' '}
        <span className={count > 0 ? styles.count : styles.empty}>{count}</span>
        <span className={visuallyHidden}> {itemsWord(count)}</span>
      </Link>
      <button
        ref={toggleRef}
        type="button"
        className={styles.toggle}
        aria-expanded={open}
        aria-controls={panelId}
        aria-label="Cart summary"
        onClick={() => setOpen((o) => !o)}
      >
        <svg
          viewBox="0 0 16 16"
          aria-hidden="true"
          focusable="false"
          className={open ? styles.chevronUp : styles.chevron}
        >
          <path
            d="M4 6l4 4 4-4"
            fill="none"
            stroke="currentColor"
            strokeWidth="2"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
      </button>
      <div id={panelId} className={styles.panel} role="region" aria-label="Cart summary" hidden={!open}>
        {open && <MiniCartPanel />}
      </div>
    </div>
  );
}
