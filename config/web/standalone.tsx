/**
 * A remote's standalone bootstrap (`npm start -w catalog`): the remote alone on its dev server, in a minimal
 * frame, against the local stack. It does what the shell does for the whole store: reads amplify_outputs.json,
 * configures Amplify once, registers the other remotes (so a slot such as the add-to-cart button still loads).
 */
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, Link } from '@folio/config/web/router';
import { configureFolio, type FolioOutputs } from './amplify';
import { fetchStartupJson, STARTUP_FILES } from './startup-json';
import { registerRemoteManifests, type RemotesJson } from '@folio/config/web/remotes';
// The released remotes this page loads were compiled for production (react/jsx-runtime) and bring no copy of it;
// this dev page compiles for development (react/jsx-dev-runtime), so it provides the production runtime for them.
import 'react/jsx-runtime';
import './provide-shared';
import './tokens.css';
import './base.css';
import styles from './standalone.module.css';

interface StandaloneOptions {
  /** The remote's name (as in /remotes.json): it is not registered as a remote of itself. */
  app: string;
  links: ReadonlyArray<{ to: string; label: string }>;
  render(): ReactNode;
}

export async function startStandalone({ app, links, render }: StandaloneOptions): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  try {
    const [outputs, remotes] = await Promise.all([
      fetchStartupJson<FolioOutputs>(STARTUP_FILES.outputs),
      fetchStartupJson<RemotesJson>(STARTUP_FILES.remotes).catch(() => ({})),
    ]);
    configureFolio(outputs);
    registerRemoteManifests(remotes, app);
  } catch (error) {
    root.render(
      <p className={styles.error} role="alert">
        {app} could not start: {(error as Error).message}. Is the local stack running (`npm start` at the repository
        root)?
      </p>,
    );
    return;
  }
  root.render(
    <StrictMode>
      <BrowserRouter>
        <header className={styles.bar}>
          <strong>Folio · {app}</strong> <span className={styles.note}>standalone</span>
          <nav aria-label="Standalone">
            {links.map((link) => (
              <Link key={link.to} to={link.to}>
                {link.label}
              </Link>
            ))}
          </nav>
        </header>
        <main>{render()}</main>
      </BrowserRouter>
    </StrictMode>,
  );
}
