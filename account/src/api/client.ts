/**
 * The account app's GraphQL client: Folio's shared one (@folio/config/web/graphql), on the Amplify configuration
 * the shell made, always as the signed-in customer (orders are readable by their owner only: user-pool auth).
 */
import { graphql } from '@folio/config/web/graphql';

export class AccountApiError extends Error {
  constructor(
    message: string,
    readonly errorType?: string,
  ) {
    super(message);
    this.name = 'AccountApiError';
  }
}

interface GraphqlErrorLike {
  message?: string;
  errorType?: string;
}

function toApiError(error: unknown): AccountApiError {
  // The client throws the whole response when it carries errors.
  const errors = (error as { errors?: GraphqlErrorLike[] } | undefined)?.errors;
  if (Array.isArray(errors) && errors.length > 0) {
    // The one that says what went wrong: the local simulator may put "Cannot return null…" (no errorType) first.
    const first = errors.find((e) => e?.errorType) ?? errors[0];
    return new AccountApiError(first.message ?? 'GraphQL error', first.errorType);
  }
  return new AccountApiError(error instanceof Error ? error.message : 'The store could not be reached');
}

/** Runs a query as the signed-in customer and returns its data, or throws an AccountApiError. */
export async function runQuery<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  let result: { data?: T; errors?: GraphqlErrorLike[] };
  try {
    result = (await graphql({ query, variables, authMode: 'userPool' })) as typeof result;
  } catch (error) {
    throw toApiError(error);
  }
  if (result.errors?.length) throw toApiError(result);
  if (!result.data) throw new AccountApiError('The store sent no data');
  return result.data;
}
