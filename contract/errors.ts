/**
 * The stable `errorType` of every error Folio's API raises on purpose. Lambdas return them (AppError) and the VTL
 * templates raise them ($util.error); clients branch on them, never on messages. A backend test checks that every
 * errorType the templates and Lambdas raise is listed here.
 */
export const ERROR_TYPES = {
  /** The input broke a rule; `errorInfo.fields` names each bad field with its message. */
  ValidationError: 'ValidationError',
  /** The card was declined; `errorInfo.code` / `declineCode` say why. Nothing was charged. */
  PaymentDeclined: 'PaymentDeclined',
  /**
   * The card needs the customer to authenticate (3-D Secure). `errorInfo { clientSecret, paymentIntentId }`:
   * complete the step in the browser, then call processOrder again with the same idempotencyKey and card.
   */
  PaymentActionRequired: 'PaymentActionRequired',
  /** Stripe could not be reached or failed. Nothing was charged. */
  PaymentUnavailable: 'PaymentUnavailable',
  /** Too little stock for a line; `errorInfo.lines` lists `{ bookId, title, available }`. */
  OutOfStock: 'OutOfStock',
  /** A book or order does not exist; `errorInfo.bookIds` when it was a line of an order. */
  NotFound: 'NotFound',
  /** Signed in as the wrong user, or not signed in, for this item. */
  Unauthorized: 'Unauthorized',
  /**
   * Concurrent writes kept colliding (trying again is safe), or the idempotencyKey already placed an order
   * with other lines or another address (`errorInfo.orderId`).
   */
  Conflict: 'Conflict',
  /** The order could not be written; its payment was released. */
  OrderFailed: 'OrderFailed',
  /** A Lambda threw (a bug): the client gets this instead of the stack trace. */
  InternalError: 'InternalError',
} as const;

export type ErrorType = (typeof ERROR_TYPES)[keyof typeof ERROR_TYPES];

/** AppSync's own errorType when an auth directive of the schema refuses the caller (not raised by Folio's code). */
export const APPSYNC_UNAUTHORIZED = 'UnauthorizedException';

export const isErrorType = (value: unknown): value is ErrorType =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(ERROR_TYPES, value);
