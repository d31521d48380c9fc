import { fakeAuth } from '../test/fake-amplify';
import { authServices } from './auth-services';
import { normalizeSignInError, WRONG_CREDENTIALS } from './sign-in-errors';

jest.mock('aws-amplify/auth', () => jest.requireActual('../test/fake-amplify').fakeAuth);

const error = (name: string, message: string) => Object.assign(new Error(message), { name });

describe('the Authenticator’s services', () => {
  it('sign in with the flow of amplify_outputs.json (USER_PASSWORD_AUTH locally, SRP on AWS)', async () => {
    fakeAuth.signIn.mockResolvedValue({ isSignedIn: true, nextStep: { signInStep: 'DONE' } });
    await authServices('USER_PASSWORD_AUTH').handleSignIn({ username: 'a@folio.test', password: 'Passw0rd!' });
    expect(fakeAuth.signIn).toHaveBeenLastCalledWith({
      username: 'a@folio.test',
      password: 'Passw0rd!',
      options: { authFlowType: 'USER_PASSWORD_AUTH' },
    });
    await authServices('USER_SRP_AUTH').handleSignIn({ username: 'a@folio.test', password: 'Passw0rd!' });
    expect(fakeAuth.signIn).toHaveBeenLastCalledWith({
      username: 'a@folio.test',
      password: 'Passw0rd!',
      options: { authFlowType: 'USER_SRP_AUTH' },
    });
  });

  it('keep a flow the Authenticator chose itself', async () => {
    fakeAuth.signIn.mockResolvedValue({
      isSignedIn: false,
      nextStep: { signInStep: 'CONFIRM_SIGN_IN_WITH_EMAIL_CODE' },
    });
    await authServices('USER_PASSWORD_AUTH').handleSignIn({
      username: 'a@folio.test',
      options: { authFlowType: 'USER_AUTH', preferredChallenge: 'EMAIL_OTP' },
    });
    expect(fakeAuth.signIn).toHaveBeenLastCalledWith({
      username: 'a@folio.test',
      options: { authFlowType: 'USER_AUTH', preferredChallenge: 'EMAIL_OTP' },
    });
  });

  it('sign a new customer in after confirming the email with the same flow', async () => {
    fakeAuth.signUp.mockResolvedValue({ isSignUpComplete: false, nextStep: { signUpStep: 'CONFIRM_SIGN_UP' } });
    await authServices('USER_PASSWORD_AUTH').handleSignUp({
      username: 'n@folio.test',
      password: 'Passw0rd!',
      options: { autoSignIn: true, userAttributes: { email: 'n@folio.test' } },
    });
    expect(fakeAuth.signUp).toHaveBeenLastCalledWith({
      username: 'n@folio.test',
      password: 'Passw0rd!',
      options: { autoSignIn: { authFlowType: 'USER_PASSWORD_AUTH' }, userAttributes: { email: 'n@folio.test' } },
    });
  });

  it('answer a wrong password the same way for AWS and cognito-local', async () => {
    fakeAuth.signIn.mockRejectedValueOnce(error('InvalidPasswordException', 'Invalid password'));
    await expect(
      authServices('USER_PASSWORD_AUTH').handleSignIn({ username: 'a@folio.test', password: 'x' }),
    ).rejects.toEqual(expect.objectContaining({ name: 'NotAuthorizedException', message: WRONG_CREDENTIALS }));
  });
});

describe('normalizeSignInError', () => {
  it.each([
    ['NotAuthorizedException', 'Incorrect username or password.'], // AWS: wrong password (or unknown user)
    ['UserNotFoundException', 'User does not exist.'], // AWS without user-existence protection
    ['InvalidPasswordException', 'Invalid password'], // cognito-local: wrong password
    ['NotAuthorizedException', 'User not authorized'], // cognito-local: unknown user
  ])('%s “%s” → “Incorrect email or password.”', (name, message) => {
    expect(normalizeSignInError(error(name, message))).toEqual(
      expect.objectContaining({ name: 'NotAuthorizedException', message: WRONG_CREDENTIALS }),
    );
  });

  it.each([
    ['NotAuthorizedException', 'Password attempts exceeded'],
    ['NotAuthorizedException', 'User is disabled.'],
    ['UserNotConfirmedException', 'User is not confirmed.'],
    ['NetworkError', 'A network error has occurred.'],
  ])('keeps %s “%s”', (name, message) => {
    const original = error(name, message);
    expect(normalizeSignInError(original)).toBe(original);
  });
});
