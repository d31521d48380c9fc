/**
 * What the main area shows while its remote loads: the rough shape of the coming page, at least a screen tall,
 * so the footer and the header never move when the remote arrives.
 */
import type { SkeletonKind } from './route-table';
import styles from './AreaSkeleton.module.css';

export function AreaSkeleton({ kind }: { kind: SkeletonKind }) {
  return (
    <div className={styles.area} aria-busy="true" aria-label="Loading">
      {kind === 'home' && <div className={styles.hero} />}
      <div className={styles.content}>
        {kind === 'book' ? (
          <div className={styles.book}>
            <div className={styles.cover} />
            <div>
              <div className={styles.heading} />
              <div className={styles.line} />
              <div className={styles.box} />
            </div>
          </div>
        ) : kind === 'text' ? (
          <>
            <div className={styles.heading} />
            <div className={styles.line} />
            <div className={styles.line} />
          </>
        ) : (
          <>
            <div className={styles.heading} />
            <div className={styles.grid}>
              {Array.from({ length: 6 }, (_, i) => (
                <div key={i} className={styles.card} />
              ))}
            </div>
          </>
        )}
      </div>
    </div>
  );
}
