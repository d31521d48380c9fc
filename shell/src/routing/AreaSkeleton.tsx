/**
 * What the main area shows while its remote loads: the rough shape of the coming page, at least a screen tall,
 * so the footer and the header never move when the remote arrives. A busy status named for the area ("Loading the
 * catalog"), so assistive technology (and the journeys) can tell that the area is on its way.
 */
import type { SkeletonKind } from './area-routes';
import styles from './AreaSkeleton.module.css';

export function AreaSkeleton({
  kind,
  label,
}: {
  kind: SkeletonKind;
  /** "The catalog" (AREA_LABELS). */ label: string;
}) {
  return (
    <div className={styles.area} role="status" aria-busy="true" aria-label={`Loading ${label.toLowerCase()}`}>
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
