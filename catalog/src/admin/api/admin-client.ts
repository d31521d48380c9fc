/**
 * The admin pages' GraphQL client: Amplify's, like the catalog's (api/client.ts), but always as the signed-in
 * user (user pool: AppSync allows writes to the Admin group only), and keeping a ValidationError's
 * errorInfo.fields for the form to show beside its fields. A module of the admin chunk, so the customers' pages
 * load their client unchanged.
 */
import { generateClient } from 'aws-amplify/api';
import { CatalogApiError } from '../../api/client';

/** A ValidationError's message for each input field it refused (backend/catalog/book-input.ts). */
export type FieldMessages = Readonly<Record<string, string>>;

export class AdminApiError extends CatalogApiError {
  constructor(
    message: string,
    errorType?: string,
    readonly fields?: FieldMessages,
  ) {
    super(message, errorType);
    this.name = 'AdminApiError';
  }
}

/** The part of Amplify's client used here (its full type is too deep for tsc to compare). */
interface GraphqlClient {
  graphql(options: { query: string; variables: Record<string, unknown>; authMode: 'userPool' }): Promise<unknown>;
}

interface GraphqlErrorLike {
  message?: string;
  errorType?: string;
  errorInfo?: { fields?: unknown } | null;
}

let client: GraphqlClient | undefined;

/** Created on first use: Amplify is configured by then (the shell configures it before any remote loads). */
const amplifyClient = (): GraphqlClient => (client ??= generateClient() as unknown as GraphqlClient);

const isFieldMessages = (value: unknown): value is FieldMessages =>
  typeof value === 'object' && value !== null && Object.values(value).every((message) => typeof message === 'string');

function toAdminError(error: unknown): AdminApiError {
  // Amplify throws the whole response when it carries errors.
  const errors = (error as { errors?: GraphqlErrorLike[] } | undefined)?.errors;
  if (Array.isArray(errors) && errors.length > 0) {
    const [first] = errors;
    const fields = first.errorInfo?.fields;
    return new AdminApiError(first.message ?? 'GraphQL error', first.errorType, isFieldMessages(fields) ? fields : undefined);
  }
  return new AdminApiError(error instanceof Error ? error.message : 'The store could not be reached');
}

/** Runs a query or mutation as the signed-in admin; throws an AdminApiError (network failures included). */
export async function runAdminQuery<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  let result: { data?: T; errors?: GraphqlErrorLike[] };
  try {
    result = (await amplifyClient().graphql({ query, variables, authMode: 'userPool' })) as typeof result;
  } catch (error) {
    throw toAdminError(error);
  }
  if (result.errors?.length) throw toAdminError(result);
  if (!result.data) throw new AdminApiError('The store sent no data');
  return result.data;
}
