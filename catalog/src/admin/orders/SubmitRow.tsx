import styles from './OrderDesk.module.css';

/** The foot of a desk form: why the last try failed (an alert), and its submit button, which says when it is busy. */
export function SubmitRow({
  failure,
  busy,
  label,
  busyLabel,
}: {
  failure: string | null;
  busy: boolean;
  label: string;
  busyLabel: string;
}) {
  return (
    <>
      {failure && (
        <p role="alert" className={styles.error}>
          {failure}
        </p>
      )}
      <div className={styles.actions}>
        {/* aria-disabled, not disabled: the focus stays on the button while the request runs. */}
        <button type="submit" className={styles.button} aria-disabled={busy || undefined}>
          {busy ? busyLabel : label}
        </button>
      </div>
    </>
  );
}
