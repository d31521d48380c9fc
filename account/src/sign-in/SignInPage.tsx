/**
 * /account/sign-in: Amplify UI's Authenticator (sign in, create an account with email verification, reset a
 * forgotten password) in Folio's colours, then back to `?returnTo=` (a path of this store only). This module is
 * its own chunk, loaded on this route only: with it come @aws-amplify/ui-react (shared, from the shell) and the
 * Amplify UI styles.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { Authenticator, useAuthenticator } from '@aws-amplify/ui-react';
import { Navigate, useSearchParams } from '@folio/config/web/router';
import { appConfig } from '@folio/config/web/app-config';
import './amplify-ui-styles';
import page from '../ui/page.module.css';
import { leaveSignOutNotice, peekSignOutNotice } from '../profile/sign-out-notice';
import { authServices } from './auth-services';
import { LocalCodeHint } from './LocalCodeHint';
import { returnToFrom } from './safe-redirect';
import styles from './SignInPage.module.css';

/** The page's title for each Authenticator screen; its own headings are replaced (one h1 per page). */
const HEADINGS: Readonly<Record<string, string>> = {
  signUp: 'Create an account',
  confirmSignUp: 'Confirm your email',
  forgotPassword: 'Reset your password',
  confirmResetPassword: 'Reset your password',
  forceNewPassword: 'Choose a new password',
  verifyUser: 'Verify your email',
  confirmVerifyUser: 'Verify your email',
};

function VerifyUserHeader() {
  return <p className={styles.intro}>Confirm your email, so that you can reset your password should you forget it.</p>;
}

function ForgotPasswordHeader() {
  return (
    <>
      <p className={styles.intro}>Enter the email of your account: we’ll send you a code to choose a new password.</p>
      <LocalCodeHint />
    </>
  );
}

/** Stable (module-level): the Authenticator re-renders its screens when these change. */
const components = {
  ConfirmSignUp: { Header: LocalCodeHint },
  ForgotPassword: { Header: ForgotPasswordHeader },
  ConfirmResetPassword: { Header: LocalCodeHint },
  VerifyUser: { Header: VerifyUserHeader },
};

const formFields = {
  signIn: { username: { label: 'Email', placeholder: 'you@example.com' } },
  signUp: { email: { label: 'Email', placeholder: 'you@example.com', order: 1 } },
  forgotPassword: { username: { label: 'Email', placeholder: 'you@example.com' } },
};

function PageHeading() {
  const { route } = useAuthenticator((context) => [context.route]);
  const heading = HEADINGS[route] ?? 'Sign in';
  const h1 = useRef<HTMLHeadingElement>(null);
  // A new screen replaces the form the customer was in, and the focus with it: it goes to the new title, so that
  // a screen reader says where they are and Tab continues into the new form. (Switching tabs keeps the focus.)
  useEffect(() => {
    if (document.activeElement === document.body || document.activeElement === null) h1.current?.focus();
  }, [route]);
  return (
    <>
      <title>{`${heading} · Folio`}</title>
      <h1 className={page.title} ref={h1} tabIndex={-1}>
        {heading}
      </h1>
    </>
  );
}

/**
 * cognito-local's ConfirmSignUp leaves email_verified unset (AWS sets it), so right after confirming their email
 * the customer would be asked to verify it once more ("verifyUser"). Locally that screen is skipped; on AWS it
 * only appears for an email that really is unverified.
 */
function SkipLocalReverification() {
  const { route, skipVerification } = useAuthenticator((context) => [context.route]);
  useEffect(() => {
    if (route === 'verifyUser' && appConfig().environment === 'local') skipVerification();
  }, [route, skipVerification]);
  return null;
}

export default function SignInPage() {
  const [params] = useSearchParams();
  const returnTo = returnToFrom(params);
  // A sign-out on the profile page may have left a word for the customer: shown once.
  const [notice] = useState(peekSignOutNotice);
  useEffect(() => leaveSignOutNotice(null), []);
  const services = useMemo(() => authServices(appConfig().authFlowType), []);

  return (
    <Authenticator.Provider>
      <div className={`${page.page} ${page.narrow}`}>
        <PageHeading />
        <SkipLocalReverification />
        {notice && (
          <p role="status" className={notice.tone === 'warning' ? styles.warning : styles.info}>
            {notice.text}
          </p>
        )}
        <div data-amplify-theme="folio" className={styles.theme}>
          <Authenticator services={services} components={components} formFields={formFields}>
            {() => <Navigate to={returnTo} replace />}
          </Authenticator>
        </div>
      </div>
    </Authenticator.Provider>
  );
}
