/**
 * A ValidationError's messages per refused field (`errorInfo.fields`), for the forms that place them beside their
 * fields. Its own module: webpack keeps a module whole in every chunk that imports it, and the storefront's pages,
 * which only need ApiError, should not carry this.
 */
import { ApiError, type FieldMessages } from '@folio/config/web/api-error';

const isFieldMessages = (value: unknown): value is FieldMessages =>
  typeof value === 'object' && value !== null && Object.values(value).every((message) => typeof message === 'string');

/** The error's messages per refused field, if it is a ValidationError that named any. */
export function fieldMessages(error: unknown): FieldMessages | undefined {
  const fields = error instanceof ApiError ? error.errorInfo?.fields : undefined;
  return isFieldMessages(fields) ? fields : undefined;
}
