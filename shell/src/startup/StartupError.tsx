import styles from './StartupError.module.css';

/** The page when the store cannot start at all (its settings could not be read). */
export function StartupError({ error }: { error: Error }) {
  return (
    <main className={styles.page}>
      <h1>Folio is not available right now</h1>
      <p>We couldn’t load the store’s settings. Please try again in a moment.</p>
      <button type="button" onClick={() => window.location.reload()}>
        Reload
      </button>
      <p className={styles.detail}>{error.message}</p>
    </main>
  );
}
