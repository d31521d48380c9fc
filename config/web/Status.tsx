/** Loading, empty and error states of a page's content, worded for customers; errors offer a retry. */
import type { ReactNode } from 'react';
import { visuallyHidden } from '@folio/config/web/a11y';
import styles from './Status.module.css';

/** Grey bars where a list is coming, announced once as `label` ("Loading your orders"). */
export function Loading({ label, lines = 3 }: { label: string; lines?: number }) {
  return (
    <div className={styles.loading} role="status" aria-label={label} aria-busy="true">
      {Array.from({ length: lines }, (_, i) => (
        <div key={i} className={styles.bar} />
      ))}
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className={styles.box}>
      <p className={styles.title}>{title}</p>
      {children && <div className={styles.detail}>{children}</div>}
    </div>
  );
}

export function ErrorState({ what, onRetry }: { what: string; onRetry?: () => void }) {
  return (
    <div className={`${styles.box} ${styles.error}`} role="alert">
      <p className={styles.title}>We couldn’t load {what}.</p>
      <p className={styles.detail}>Check your connection and try again.</p>
      {onRetry && (
        <button type="button" className={styles.button} onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

/** A polite announcement for screen readers of what just changed ("24 books", "Loading…"). */
export function LiveStatus({ children }: { children: ReactNode }) {
  return (
    <p className={visuallyHidden} role="status" aria-live="polite">
      {children}
    </p>
  );
}
