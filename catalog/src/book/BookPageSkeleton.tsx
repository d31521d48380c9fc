import styles from './BookPage.module.css';

/** The book page's footprint while it loads (the shell uses the same shape for the catalog area). */
export function BookPageSkeleton() {
  return (
    <div className={styles.page} role="status" aria-busy="true" aria-label="Loading the book">
      <div className={styles.breadcrumbSkeleton} />
      <div className={styles.layout}>
        <div className={styles.coverColumn}>
          <div className={styles.coverSkeleton} />
        </div>
        <div className={styles.details}>
          <div className={styles.titleSkeleton} />
          <div className={styles.lineSkeleton} />
          <div className={styles.buyBoxSkeleton} />
          <div className={styles.lineSkeleton} />
          <div className={styles.lineSkeleton} />
        </div>
      </div>
    </div>
  );
}
