/** A developer's notice that some remotes come from a dev server in this tab (remote-overrides.ts), with a way out. */
import { clearRemoteOverrides, remoteOverrides } from './remote-overrides';
import styles from './OverrideBanner.module.css';

/** `navigate`: how the page reloads without the overrides (tests watch it). */
export function OverrideBanner({ navigate }: { navigate?: (url: string) => void }) {
  const overrides = Object.entries(remoteOverrides());
  if (overrides.length === 0) return null;
  return (
    <aside className={styles.banner} aria-label="Development overrides">
      <p className={styles.text}>
        Development override:{' '}
        {overrides.map(([remote, origin], i) => (
          <span key={remote}>
            {i > 0 ? ', ' : ''}
            <strong>{remote}</strong> from {origin}
          </span>
        ))}
        . The other remotes are the released versions.
      </p>
      <button type="button" className={styles.clear} onClick={() => clearRemoteOverrides(navigate)}>
        Use released versions
      </button>
    </aside>
  );
}
