/**
 * One message for a wrong email or password, whatever the user pool says: AWS answers NotAuthorizedException
 * ("Incorrect username or password.") or UserNotFoundException; cognito-local answers a wrong password with
 * InvalidPasswordException ("Invalid password") and an unknown user with NotAuthorizedException ("User not
 * authorized"). Saying which of the two was wrong would tell a stranger who has an account.
 */
export const WRONG_CREDENTIALS = 'Incorrect email or password.';

const WRONG_CREDENTIAL_MESSAGES =
  /incorrect username or password|user not authorized|user does not exist|invalid password/i;

export function normalizeSignInError(error: unknown): unknown {
  const { name = '', message = '' } = (error ?? {}) as { name?: string; message?: string };
  const wrong =
    name === 'InvalidPasswordException' ||
    name === 'UserNotFoundException' ||
    (name === 'NotAuthorizedException' && WRONG_CREDENTIAL_MESSAGES.test(message));
  if (!wrong) return error; // e.g. "Password attempts exceeded", "User is disabled."
  const normalized = new Error(WRONG_CREDENTIALS);
  normalized.name = 'NotAuthorizedException';
  return normalized;
}
