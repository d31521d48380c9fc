/** On the local stack no email is sent: the code is printed in the `npm start` console (backend/local/stack.ts). */
import { appConfig } from '@folio/config/web/app-config';
import styles from './SignInPage.module.css';

export function LocalCodeHint() {
  if (appConfig().environment !== 'local') return null;
  return (
    <p className={styles.hint}>
      <strong>Local stack:</strong> no email is sent. Your code is printed in the <code>npm start</code> console, as “✉
      Cognito code for you@example.com: 123456”.
    </p>
  );
}
