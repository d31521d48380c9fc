import { Link } from '@folio/config/web/router';
import styles from '../ui/AdminPage.module.css';

/** What a signed-in customer outside the Admin group sees at /admin/*. */
export function NotAllowedPage({ email }: { email: string | null }) {
  return (
    <div className={`${styles.page} ${styles.narrow}`}>
      <title>Not allowed · Folio</title>
      <h1 className={styles.title}>Not allowed</h1>
      <p>
        Book management and the order desk are for store staff.{' '}
        {email ? (
          <>
            You are signed in as <strong>{email}</strong>, an account without access to it.
          </>
        ) : (
          'Your account has no access to it.'
        )}
      </p>
      <p>
        <Link to="/">Back to the shop</Link>
      </p>
    </div>
  );
}
