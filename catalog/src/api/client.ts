/**
 * The catalog's GraphQL client: Folio's shared one (@folio/config/web/graphql), on the Amplify configuration the
 * shell made. Guests read with the API key; a signed-in customer reads with their user-pool token, so AppSync sees
 * who is asking.
 */
import { graphql } from '@folio/config/web/graphql';
import { fetchAuthSession } from '@folio/config/web/amplify-core';

type AuthMode = 'apiKey' | 'userPool';

export async function currentAuthMode(): Promise<AuthMode> {
  try {
    const { tokens } = await fetchAuthSession();
    return tokens?.accessToken ? 'userPool' : 'apiKey';
  } catch {
    return 'apiKey';
  }
}

export class CatalogApiError extends Error {
  constructor(
    message: string,
    readonly errorType?: string,
  ) {
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
  if (Array.isArray(errors) && errors.length > 0) {
    // The one that says what went wrong: the local simulator may put "Cannot return null…" (no errorType) first.
    const first = errors.find((e) => e?.errorType) ?? errors[0];
    return new CatalogApiError(first.message ?? 'GraphQL error', first.errorType);
  }
  return new CatalogApiError(error instanceof Error ? error.message : 'The catalog could not be reached');
}

/** Runs a query and returns its data, or throws a CatalogApiError (network failures included). */
export async function runQuery<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const authMode = await currentAuthMode();
  let result: { data?: T; errors?: GraphqlErrorLike[] };
  try {
    result = (await graphql({ query, variables, authMode })) as typeof result;
  } catch (error) {
    throw toApiError(error);
  }
  if (result.errors?.length) throw toApiError(result);
  if (!result.data) throw new CatalogApiError('The catalog sent no data');
  return result.data;
}
