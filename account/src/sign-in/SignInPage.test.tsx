/**
 * The sign-in page with the real Amplify UI Authenticator; only Amplify's calls to Cognito (aws-amplify/auth) are
 * fakes, so these tests follow the Authenticator's own screens and labels.
 */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { Amplify } from 'aws-amplify';
import { renderAt } from '@folio/config/web/test/render';
import { setAppConfig } from '@folio/config/web/app-config';
import { TEST_APP_CONFIG } from '@folio/config/web/test/setup';
import { leaveSignOutNotice, peekSignOutNotice } from '../profile/sign-out-notice';
import SignInPage from './SignInPage';

// (The factory runs before this file's constants exist, hence the list written inside it.)
jest.mock('aws-amplify/auth', () => ({
  ...jest.requireActual('aws-amplify/auth'),
  ...Object.fromEntries(
    [
      'getCurrentUser',
      'fetchUserAttributes',
      'signIn',
      'signUp',
      'confirmSignUp',
      'autoSignIn',
      'resetPassword',
      'confirmResetPassword',
    ].map((name) => [name, jest.fn()]),
  ),
}));
const mockAuth = jest.requireMock('aws-amplify/auth') as Record<string, jest.Mock>;

// Browsers expose a form's controls by name (form.__authMethod), which the sign-up form uses; jsdom does not.
Object.defineProperty(HTMLFormElement.prototype, '__authMethod', {
  configurable: true,
  get(this: HTMLFormElement) {
    return this.elements.namedItem('__authMethod');
  },
});

const USER = { username: 'u-1', userId: 'u-1' };
const signedOut = () =>
  Object.assign(new Error('User needs to be authenticated'), { name: 'UserUnAuthenticatedException' });

beforeAll(() => {
  Amplify.configure({
    Auth: {
      Cognito: {
        userPoolId: 'local_test',
        userPoolClientId: 'test-client',
        loginWith: { email: true },
        signUpVerificationMethod: 'code',
        userAttributes: { email: { required: true } },
        passwordFormat: {
          minLength: 8,
          requireLowercase: true,
          requireUppercase: true,
          requireNumbers: true,
          requireSpecialCharacters: false,
        },
      },
    },
  });
});

beforeEach(() => {
  mockAuth.getCurrentUser.mockRejectedValue(signedOut());
  mockAuth.fetchUserAttributes.mockResolvedValue({ email: 'customer@folio.test', email_verified: 'true' });
  setAppConfig(TEST_APP_CONFIG);
});

const ui = (
  <Routes>
    <Route path="/account/sign-in" element={<SignInPage />} />
    <Route path="/checkout" element={<p>Checkout page</p>} />
    <Route path="/account" element={<p>Account page</p>} />
  </Routes>
);

async function signInWith(email: string, password: string) {
  await userEvent.type(await screen.findByLabelText('Email'), email);
  await userEvent.type(screen.getByLabelText('Password'), password);
  await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

function signInSucceeds() {
  mockAuth.signIn.mockImplementation(async () => {
    mockAuth.getCurrentUser.mockResolvedValue(USER);
    return { isSignedIn: true, nextStep: { signInStep: 'DONE' } };
  });
}

describe('the sign-in page', () => {
  it('signs in with the flow amplify_outputs.json names and returns to ?returnTo=', async () => {
    signInSucceeds();
    renderAt('/account/sign-in?returnTo=%2Fcheckout', ui);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    await signInWith('customer@folio.test', 'Passw0rd!');
    expect(await screen.findByText('Checkout page')).toBeInTheDocument();
    expect(mockAuth.signIn).toHaveBeenCalledWith({
      username: 'customer@folio.test',
      password: 'Passw0rd!',
      options: { authFlowType: 'USER_PASSWORD_AUTH' },
    });
  });

  it('never returns to another site', async () => {
    signInSucceeds();
    renderAt('/account/sign-in?returnTo=%2F%2Fevil.example', ui);
    await signInWith('customer@folio.test', 'Passw0rd!');
    expect(await screen.findByText('Account page')).toBeInTheDocument();
  });

  it('sends a customer who is already signed in straight on', async () => {
    mockAuth.getCurrentUser.mockResolvedValue(USER);
    renderAt('/account/sign-in?returnTo=%2Fcheckout', ui);
    expect(await screen.findByText('Checkout page')).toBeInTheDocument();
  });

  it('says “Incorrect email or password.” for cognito-local’s InvalidPasswordException too', async () => {
    mockAuth.signIn.mockRejectedValue(
      Object.assign(new Error('Invalid password'), { name: 'InvalidPasswordException' }),
    );
    renderAt('/account/sign-in', ui);
    await signInWith('customer@folio.test', 'wrong-one');
    expect(await screen.findByText('Incorrect email or password.')).toBeInTheDocument();
  });

  it('creates an account: the code screen says where the code is on the local stack', async () => {
    setAppConfig({ ...TEST_APP_CONFIG, environment: 'local' });
    mockAuth.signUp.mockResolvedValue({
      isSignUpComplete: false,
      userId: 'u-2',
      nextStep: {
        signUpStep: 'CONFIRM_SIGN_UP',
        codeDeliveryDetails: { deliveryMedium: 'EMAIL', destination: 'n***@folio.test', attributeName: 'email' },
      },
    });
    renderAt('/account/sign-in', ui);
    await userEvent.click(await screen.findByRole('tab', { name: 'Create Account' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Create an account' })).toBeInTheDocument();
    await userEvent.type(screen.getByLabelText('Email'), 'new@folio.test');
    await userEvent.type(screen.getByLabelText('Password'), 'Passw0rd!');
    await userEvent.type(screen.getByLabelText('Confirm Password'), 'Passw0rd!');
    await userEvent.click(screen.getByRole('button', { name: 'Create Account' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Confirm your email' })).toBeInTheDocument();
    expect(mockAuth.signUp).toHaveBeenCalledWith(
      expect.objectContaining({
        username: 'new@folio.test',
        password: 'Passw0rd!',
        options: expect.objectContaining({ autoSignIn: { authFlowType: 'USER_PASSWORD_AUTH' } }),
      }),
    );
    expect(screen.getByText(/Your code is printed in the/)).toHaveTextContent(
      '✉ Cognito code for you@example.com: 123456',
    );
  });

  it('shows no local-stack hint on AWS', async () => {
    mockAuth.resetPassword.mockResolvedValue({
      isPasswordReset: false,
      nextStep: {
        resetPasswordStep: 'CONFIRM_RESET_PASSWORD_WITH_CODE',
        codeDeliveryDetails: { deliveryMedium: 'EMAIL', destination: 'c***@folio.test' },
      },
    });
    setAppConfig({ ...TEST_APP_CONFIG, environment: 'aws' });
    renderAt('/account/sign-in', ui);
    await userEvent.click(await screen.findByRole('button', { name: 'Forgot your password?' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Reset your password' })).toBeInTheDocument();
    expect(screen.queryByText(/npm start/)).not.toBeInTheDocument();
  });

  it('shows the notice a sign-out on the profile page left for it, once', async () => {
    leaveSignOutNotice({ tone: 'warning', text: 'You’re signed out on this device only.' });
    const view = renderAt('/account/sign-in', ui);
    expect(await screen.findByRole('status')).toHaveTextContent('You’re signed out on this device only.');
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(peekSignOutNotice()).toBeNull();
    view.unmount();
    renderAt('/account/sign-in', ui);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });
});
