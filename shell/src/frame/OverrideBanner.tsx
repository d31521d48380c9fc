/**
 * A developer's notice that some remotes come from a dev server in this tab (remote-overrides.ts), with a way out.
 * Only a developer's tab loads this file (begin-startup.ts): the store's own page carries none of it.
 */
import { createRoot } from 'react-dom/client';
import { clearRemoteOverrides } from './remote-overrides';
import styles from './OverrideBanner.module.css';

interface Props {
  /** Remote name → the dev server it loads from. */
  overrides: Readonly<Record<string, string>>;
  /** How the page reloads without the overrides (tests watch it). */
  navigate?: (url: string) => void;
}

export function OverrideBanner({ overrides: byRemote, navigate }: Props) {
  const overrides = Object.entries(byRemote);
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

/** Shows the banner above the page, in its own root: the store's frame stays as every visitor gets it. */
export function showOverrideBanner(overrides: Readonly<Record<string, string>>): void {
  const host = document.createElement('div');
  document.body.prepend(host);
  createRoot(host).render(<OverrideBanner overrides={overrides} />);
}
