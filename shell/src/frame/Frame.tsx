/** The page frame every route shares: skip link, header, the main area (a remote or the 404 page), footer. */
import { lazy, Suspense, useRef } from 'react';
import { Main } from '../routing/Main';
import { useFocusOnNavigation } from '../routing/use-focus-on-navigation';
import { Footer } from './Footer';
import { Header } from './Header';
import { remoteOverrides } from './remote-overrides';
import styles from './Frame.module.css';

// Only a developer's tab has overrides: the banner's code stays out of everyone else's page.
const OverrideBanner = lazy(() => import('./OverrideBanner').then((m) => ({ default: m.OverrideBanner })));

export function Frame() {
  const main = useRef<HTMLElement>(null);
  useFocusOnNavigation(main);
  return (
    <div className={styles.frame}>
      <a href="#main" className={styles.skipLink}>
        Skip to content
      </a>
      {Object.keys(remoteOverrides()).length > 0 && (
        <Suspense fallback={null}>
          <OverrideBanner />
        </Suspense>
      )}
      <Header />
      <main id="main" ref={main} tabIndex={-1} className={styles.main}>
        <Main />
      </main>
      <Footer />
    </div>
  );
}
