/**
 * The catalog's GraphQL client: Amplify's, on the instance the shell configured. Guests read with the API key;
 * a signed-in customer reads with their user-pool token, so AppSync sees who is asking.
 */
import { generateClient } from 'aws-amplify/api';
import { fetchAuthSession } from '@aws-amplify/core';

type AuthMode = 'apiKey' | 'userPool';

/** The part of Amplify's client the catalog uses (its full type is too deep for tsc to compare). */
interface GraphqlClient {
  graphql(options: { query: string; variables: Record<string, unknown>; authMode: AuthMode }): Promise<unknown>;
}

let client: GraphqlClient | undefined;

/** Created on first use: Amplify is configured by then (the shell configures it before any remote loads). */
const amplifyClient = (): GraphqlClient => (client ??= generateClient() as unknown as GraphqlClient);

export async function currentAuthMode(): Promise<AuthMode> {
  try {
    const { tokens } = await fetchAuthSession();
    return tokens?.accessToken ? 'userPool' : 'apiKey';
  } catch {
    return 'apiKey';
  }
}

export class CatalogApiError extends Error {
  constructor(message: string, readonly errorType?: string) {
    super(message);
    this.name = 'CatalogApiError';
  }
}

interface GraphqlErrorLike {
  message?: string;
  errorType?: string;
}

function toApiError(error: unknown): CatalogApiError {
  const errors = (error as { errors?: GraphqlErrorLike[] } | undefined)?.errors;
  if (Array.isArray(errors) && errors.length > 0) return new CatalogApiError(errors[0].message ?? 'GraphQL error', errors[0].errorType);
  return new CatalogApiError(error instanceof Error ? error.message : 'The catalog could not be reached');
}

/** Runs a query and returns its data, or throws a CatalogApiError (network failures included). */
export async function runQuery<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const authMode = await currentAuthMode();
  let result: { data?: T; errors?: GraphqlErrorLike[] };
  try {
    result = (await amplifyClient().graphql({ query, variables, authMode })) as typeof result;
  } catch (error) {
    throw toApiError(error);
  }
  if (result.errors?.length) throw toApiError(result);
  if (!result.data) throw new CatalogApiError('The catalog sent no data');
  return result.data;
}
