/** The page frame every route shares: skip link, header, the main area (a remote or the 404 page), footer. */
import { useRef } from 'react';
import { Main } from '../routing/Main';
import { useFocusOnNavigation } from '../routing/use-focus-on-navigation';
import { Footer } from './Footer';
import { Header } from './Header';
import styles from './Frame.module.css';

export function Frame() {
  const main = useRef<HTMLElement>(null);
  useFocusOnNavigation(main);
  return (
    <div className={styles.frame}>
      <a href="#main" className={styles.skipLink}>
        Skip to content
      </a>
      <Header />
      <main id="main" ref={main} tabIndex={-1} className={styles.main}>
        <Main />
      </main>
      <Footer />
    </div>
  );
}
