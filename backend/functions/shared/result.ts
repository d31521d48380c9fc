/**
 * What a Folio Lambda returns to AppSync. Expected failures travel as data so the resolver's response
 * template can raise them with a stable errorType (Lambda.res.vtl); anything thrown is a bug.
 */
import type { ErrorType } from '@folio/contract/errors';

export interface LambdaError {
  type: ErrorType;
  message: string;
  info?: Record<string, unknown>;
}

export type LambdaResult<T> = { data: T } | { error: LambdaError };

export class AppError extends Error {
  constructor(
    readonly type: ErrorType,
    message: string,
    readonly info?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** Runs `work`, turning an AppError into an error result; other errors stay thrown. */
export async function asResult<T>(work: () => Promise<T>): Promise<LambdaResult<T>> {
  try {
    return { data: await work() };
  } catch (error) {
    if (error instanceof AppError) {
      return { error: { type: error.type, message: error.message, ...(error.info ? { info: error.info } : {}) } };
    }
    throw error;
  }
}
