/**
 * The admin pages' GraphQL client: Folio's shared one (@folio/config/web/graphql), like the catalog's
 * (api/client.ts), but always as the signed-in user (user pool: AppSync allows writes to the Admin group only), and
 * keeping a ValidationError's errorInfo.fields for the form to show beside its fields.
 *
 * Its own module rather than an option of api/client.ts: every customer module the admin chunk imports can no
 * longer be inlined into the home route's chunk (webpack's module concatenation), so the customers would pay for
 * the admin pages (measured: +60 to +120 B gzip per module such as the client or the documents).
 */
import { graphql } from '@folio/config/web/graphql';

/** A ValidationError's message for each input field it refused (backend/catalog/book-input.ts). */
export type FieldMessages = Readonly<Record<string, string>>;

export class AdminApiError extends Error {
  constructor(
    message: string,
    /** AppSync's errorType: ValidationError, NotFound, Unauthorized, … */
    readonly errorType?: string,
    readonly fields?: FieldMessages,
  ) {
    super(message);
    this.name = 'AdminApiError';
  }
}

interface GraphqlErrorLike {
  message?: string;
  errorType?: string;
  errorInfo?: { fields?: unknown } | null;
}

const isFieldMessages = (value: unknown): value is FieldMessages =>
  typeof value === 'object' && value !== null && Object.values(value).every((message) => typeof message === 'string');

function toAdminError(error: unknown): AdminApiError {
  // The client throws the whole response when it carries errors, an Error when the API cannot be reached.
  const errors = (error as { errors?: GraphqlErrorLike[] } | undefined)?.errors;
  if (Array.isArray(errors) && errors.length > 0) {
    // The one that says what went wrong: the local simulator may put "Cannot return null…" (no errorType) first.
    const first = errors.find((e) => e?.errorType) ?? errors[0];
    const fields = first.errorInfo?.fields;
    return new AdminApiError(
      first.message ?? 'GraphQL error',
      first.errorType,
      isFieldMessages(fields) ? fields : undefined,
    );
  }
  return new AdminApiError(error instanceof Error ? error.message : 'The store could not be reached');
}

/** Runs a query or mutation as the signed-in admin; throws an AdminApiError (network failures included). */
export async function runAdminQuery<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  let data: T | null;
  try {
    ({ data } = await graphql<T>({ query, variables, authMode: 'userPool' }));
  } catch (error) {
    throw toAdminError(error);
  }
  if (!data) throw new AdminApiError('The store sent no data');
  return data;
}
