/** The pool's password policy as Cognito enforces it, with Cognito's own messages (cognito-local checks none). */
import { PASSWORD_POLICY } from '../cdk/pool-rules';

const PREFIX = 'Password did not conform with policy: ';

/** Cognito's InvalidPasswordException message for the first rule `password` breaks, or null if it passes. */
export function passwordProblem(password: string, policy = PASSWORD_POLICY): string | null {
  if (password.length < policy.minLength) return `${PREFIX}Password not long enough`;
  if (policy.requireLowercase && !/[a-z]/.test(password)) return `${PREFIX}Password must have lowercase characters`;
  if (policy.requireUppercase && !/[A-Z]/.test(password)) return `${PREFIX}Password must have uppercase characters`;
  if (policy.requireDigits && !/[0-9]/.test(password)) return `${PREFIX}Password must have numeric characters`;
  if (policy.requireSymbols && !/[\^$*.[\]{}()?"!@#%&/\\,><':;|_~`=+-]/.test(password))
    return `${PREFIX}Password must have symbol characters`;
  return null;
}
