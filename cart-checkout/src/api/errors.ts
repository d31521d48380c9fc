/** API failures as AppSync reports them: a message, a stable `errorType` and `errorInfo`. No Amplify here. */

/** An API failure with AppSync’s stable `errorType` (ValidationError, PaymentDeclined, …) and its `errorInfo`. */
export class ApiError extends Error {
  constructor(
    message: string,
    readonly errorType?: string,
    readonly errorInfo?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** No answer from the API at all (offline, timeout): the request may or may not have been processed. */
  get isNetworkError(): boolean {
    return this.errorType === undefined;
  }
}

export interface GraphqlErrorLike {
  message?: string;
  errorType?: string;
  errorInfo?: Record<string, unknown> | null;
}

export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  const errors = (error as { errors?: GraphqlErrorLike[] } | undefined)?.errors;
  if (Array.isArray(errors) && errors.length > 0) {
    // The one that says what went wrong: the local simulator puts "Cannot return null for non-nullable field" first.
    const first = errors.find((e) => e?.errorType) ?? errors[0];
    return new ApiError(
      first.message ?? 'The store answered with an error',
      first.errorType,
      first.errorInfo ?? undefined,
    );
  }
  return new ApiError(error instanceof Error ? error.message : 'The store could not be reached');
}
