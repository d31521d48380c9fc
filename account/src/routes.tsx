/**
 * The account app's pages under /account; the shell passes its 404 page for the rest. The sign-in page is its own
 * chunk (Amplify UI is large): it loads on /account/sign-in only, together with Amplify's Cognito token provider,
 * through which the Authenticator stores the tokens.
 */
import { lazy, Suspense, type ReactNode } from 'react';
import { Navigate, Route, Routes } from '@folio/config/web/router';
import { cognitoTokenProvider } from '@folio/config/web/amplify';
import RequireAuth from './auth/RequireAuth';
import { AccountLayout } from './layout/AccountLayout';
import { OrdersPage } from './orders/OrdersPage';
import { OrderPage } from './orders/OrderPage';
import { ProfilePage } from './profile/ProfilePage';
import { Loading } from '@folio/config/web/Status';
import page from './ui/page.module.css';

const SignInPage = lazy(() =>
  Promise.all([import('./sign-in/SignInPage'), cognitoTokenProvider()]).then(([module]) => module),
);

export interface AccountRoutesProps {
  notFound?: ReactNode;
}

const checkingSession = (
  <div className={page.page}>
    <Loading label="Checking your sign-in" lines={2} />
  </div>
);

const loadingSignIn = (
  <div className={`${page.page} ${page.narrow}`}>
    <Loading label="Loading sign-in" lines={2} />
  </div>
);

export default function AccountRoutes({ notFound = <p>Page not found.</p> }: AccountRoutesProps) {
  return (
    <Routes>
      <Route
        path="account/sign-in"
        element={
          <Suspense fallback={loadingSignIn}>
            <SignInPage />
          </Suspense>
        }
      />
      <Route
        path="account"
        element={<RequireAuth fallback={checkingSession}>{(user) => <AccountLayout user={user} />}</RequireAuth>}
      >
        <Route index element={<Navigate to="/account/orders" replace />} />
        <Route path="orders" element={<OrdersPage />} />
        <Route path="orders/:id" element={<OrderPage />} />
        <Route path="profile" element={<ProfilePage />} />
      </Route>
      <Route path="*" element={notFound} />
    </Routes>
  );
}
