/**
 * cart-checkout's GraphQL client: Amplify's, on the instance the shell configured (never configured here).
 * Book reads use the customer's token when someone is signed in (else the API key); orders always need it.
 */
import { generateClient } from 'aws-amplify/api';
import { fetchAuthSession } from '@aws-amplify/core';
import { ApiError, toApiError, type GraphqlErrorLike } from './errors';

export { ApiError, toApiError } from './errors';

export type AuthMode = 'apiKey' | 'userPool';

/** The part of Amplify's client used here (its full type is too deep for tsc to compare). */
interface GraphqlClient {
  graphql(options: { query: string; variables: Record<string, unknown>; authMode: AuthMode }): Promise<unknown>;
}

let client: GraphqlClient | undefined;

/** Created on first use: by then the shell (or the standalone bootstrap) has configured Amplify. */
const amplifyClient = (): GraphqlClient => (client ??= generateClient() as unknown as GraphqlClient);

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
    result = (await amplifyClient().graphql({ query, variables, authMode })) as typeof result;
  } catch (error) {
    throw toApiError(error);
  }
  if (result.errors?.length) throw toApiError(result);
  if (!result.data) throw new ApiError('The store sent no data');
  return result.data;
}
