/** /account/profile: who is signed in, and signing out here or on every device. */
import { useState } from 'react';
import { signOutEverywhere, signOutHere } from '../auth/sign-out';
import { useAccountUser } from '../layout/AccountLayout';
import page from '../ui/page.module.css';
import { leaveSignOutNotice, signOutNotice } from './sign-out-notice';
import styles from './ProfilePage.module.css';

type Busy = 'here' | 'everywhere' | null;

export function ProfilePage() {
  const user = useAccountUser();
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<string>();

  async function run(scope: 'here' | 'everywhere') {
    setBusy(scope);
    setError(undefined);
    try {
      // Once signed out here, this page's guard sends the customer to the sign-in page, which shows the notice.
      if (scope === 'here') {
        leaveSignOutNotice(signOutNotice({ scope }));
        await signOutHere();
      } else {
        await signOutEverywhere((result) => leaveSignOutNotice(signOutNotice({ scope, result })));
      }
    } catch (e) {
      leaveSignOutNotice(null);
      setError(`We couldn’t sign you out: ${(e as Error).message || 'unknown error'}. Try again.`);
      setBusy(null);
    }
  }

  return (
    <>
      <title>Profile · Folio</title>
      <h1 className={page.title}>Profile</h1>
      <section className={styles.card} aria-labelledby="profile-details">
        <h2 id="profile-details" className={styles.heading}>
          Your details
        </h2>
        <dl className={styles.details}>
          <dt>Email</dt>
          <dd>{user.email}</dd>
          <dt>Account</dt>
          <dd>{user.isAdmin ? 'Customer and store staff (Admin)' : 'Customer'}</dd>
        </dl>
      </section>

      <section className={styles.card} aria-labelledby="profile-sign-out">
        <h2 id="profile-sign-out" className={styles.heading}>
          Signing out
        </h2>
        {error && (
          <p role="alert" className={styles.error}>
            {error}
          </p>
        )}
        <div className={styles.action}>
          <p>Sign out of Folio on this device.</p>
          <button
            type="button"
            className={styles.primary}
            disabled={busy !== null}
            aria-busy={busy === 'here'}
            onClick={() => void run('here')}
          >
            {busy === 'here' ? 'Signing out…' : 'Sign out'}
          </button>
        </div>
        <div className={styles.action}>
          <p>Used a shared computer, or lost a phone? End your sessions on every device where you are signed in.</p>
          <button
            type="button"
            className={styles.secondary}
            disabled={busy !== null}
            aria-busy={busy === 'everywhere'}
            onClick={() => void run('everywhere')}
          >
            {busy === 'everywhere' ? 'Signing out everywhere…' : 'Sign out everywhere'}
          </button>
        </div>
      </section>
    </>
  );
}
