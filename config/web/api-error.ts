/**
 * The one error Folio's GraphQL client throws (graphql.ts): AppSync's message, its stable `errorType`
 * (ValidationError, PaymentDeclined, NotFound, … see docs/CONTRACT.md) and `errorInfo`, and whether the store
 * answered at all. Its own module so that tests' fake clients can throw it without loading Amplify.
 */

/** A ValidationError's message for each input field it refused (`errorInfo.fields`). */
export type FieldMessages = Readonly<Record<string, string>>;

export interface GraphqlError {
  readonly message: string;
  readonly errorType?: string;
  readonly errorInfo?: Record<string, unknown> | null;
  readonly path?: ReadonlyArray<string | number>;
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly errorType?: string,
    readonly errorInfo?: Record<string, unknown>,
    /**
     * No answer from the store (offline, timeout, a proxy's error page): the request may or may not have run, so
     * a payment must be retried with the same idempotency key, never assumed to have failed.
     */
    readonly isNetworkError = false,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** A failure before or instead of the store's answer: `cause`'s message, kept. */
  static network(cause: unknown): ApiError {
    return new ApiError(
      cause instanceof Error ? cause.message : 'The store could not be reached',
      undefined,
      undefined,
      true,
    );
  }

  /**
   * The store's GraphQL errors as one ApiError: the one that says what went wrong, which is the first carrying an
   * errorType (the local simulator puts graphql-js's "Cannot return null for non-nullable field" first).
   */
  static fromErrors(errors: readonly GraphqlError[]): ApiError {
    const telling = errors.find((e) => e?.errorType) ?? errors[0];
    return new ApiError(
      telling?.message ?? 'The store answered with an error',
      telling?.errorType,
      telling?.errorInfo ?? undefined,
    );
  }
}
