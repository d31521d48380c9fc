/**
 * cart-checkout's GraphQL client: Folio's shared one (@folio/config/web/graphql), on the Amplify configuration the
 * shell made (never configured here).
 * Book reads use the customer's token when someone is signed in (else the API key); orders always need it.
 */
import { graphql } from '@folio/config/web/graphql';
import { fetchAuthSession } from '@folio/config/web/amplify-core';
import { ApiError, toApiError, type GraphqlErrorLike } from './errors';

export { ApiError, toApiError } from './errors';

export type AuthMode = 'apiKey' | 'userPool';

export async function signedInAuthMode(): Promise<AuthMode> {
  try {
    const { tokens } = await fetchAuthSession();
    return tokens?.accessToken ? 'userPool' : 'apiKey';
  } catch {
    return 'apiKey';
  }
}

/** Runs a document and returns its data, or throws an ApiError. */
export async function runGraphql<T>(query: string, variables: Record<string, unknown>, authMode: AuthMode): Promise<T> {
  let result: { data?: T; errors?: GraphqlErrorLike[] };
  try {
    result = (await graphql({ query, variables, authMode })) as typeof result;
  } catch (error) {
    throw toApiError(error);
  }
  if (result.errors?.length) throw toApiError(result);
  if (!result.data) throw new ApiError('The store sent no data');
  return result.data;
}
