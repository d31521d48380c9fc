/**
 * The Authenticator's calls to Cognito, with Folio's sign-in flow: USER_PASSWORD_AUTH on the local stack
 * (cognito-local has no SRP), SRP on AWS, as amplify_outputs.json's custom.folio.authFlowType says. Amplify v6
 * has no configuration for the flow, and signIn defaults to SRP, so the flow is passed on every call.
 */
import { signIn, signUp, type SignInInput, type SignUpInput } from 'aws-amplify/auth';
import type { AppConfig } from '@folio/config/web/app-config';
import { normalizeSignInError } from './sign-in-errors';

/** Amplify's types also carry the server-side (context, input) overload, which the Authenticator never calls. */
export interface AuthServices {
  handleSignIn: typeof signIn;
  handleSignUp: typeof signUp;
}

export function authServices(authFlowType: AppConfig['authFlowType']): AuthServices {
  const services = {
    async handleSignIn(input: SignInInput) {
      try {
        // A flow the Authenticator chose itself (passwordless USER_AUTH) is kept.
        return await signIn({
          ...input,
          options: { ...input.options, authFlowType: input.options?.authFlowType ?? authFlowType },
        });
      } catch (error) {
        throw normalizeSignInError(error);
      }
    },
    /** After the email is confirmed, Amplify signs the new customer in ("autoSignIn"): with the same flow. */
    async handleSignUp(input: SignUpInput) {
      const autoSignIn = input.options?.autoSignIn === true ? { authFlowType } : input.options?.autoSignIn;
      return signUp({ ...input, options: { ...input.options, autoSignIn } as SignUpInput['options'] });
    },
  };
  return services as AuthServices;
}
