/**
 * The account app's GraphQL client: Amplify's, on the instance the shell configured, always as the signed-in
 * customer (orders are readable by their owner only: user-pool auth).
 */
import { generateClient } from 'aws-amplify/api';

/** The part of Amplify's client used here (its full type is too deep for tsc to compare). */
interface GraphqlClient {
  graphql(options: { query: string; variables: Record<string, unknown>; authMode: 'userPool' }): Promise<unknown>;
}

let client: GraphqlClient | undefined;

/** Created on first use: Amplify is configured by then (the shell configures it before any remote loads). */
const amplifyClient = (): GraphqlClient => (client ??= generateClient() as unknown as GraphqlClient);

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
  // Amplify throws the whole response when it carries errors.
  const errors = (error as { errors?: GraphqlErrorLike[] } | undefined)?.errors;
  if (Array.isArray(errors) && errors.length > 0) return new AccountApiError(errors[0].message ?? 'GraphQL error', errors[0].errorType);
  return new AccountApiError(error instanceof Error ? error.message : 'The store could not be reached');
}

/** Runs a query as the signed-in customer and returns its data, or throws an AccountApiError. */
export async function runQuery<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  let result: { data?: T; errors?: GraphqlErrorLike[] };
  try {
    result = (await amplifyClient().graphql({ query, variables, authMode: 'userPool' })) as typeof result;
  } catch (error) {
    throw toApiError(error);
  }
  if (result.errors?.length) throw toApiError(result);
  if (!result.data) throw new AccountApiError('The store sent no data');
  return result.data;
}
