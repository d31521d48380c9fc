/**
 * What the customer is told when placing the order fails, from processOrder's stable errorType (the contract's
 * ERROR_TYPES, docs/CONTRACT.md) and errorInfo. Every message says whether they were charged and what to do
 * next; the cart is never touched.
 */
import { APPSYNC_UNAUTHORIZED, ERROR_TYPES } from '@folio/contract/errors';
import { ApiError } from '@folio/config/web/graphql';
import { serverAddressErrors, type AddressErrors } from './address';
import { ChallengeClosedError, ChallengeFailedError } from './pay-with-challenge';

export type ProblemKind =
  | 'declined'
  | 'authentication'
  | 'stock'
  | 'gone'
  | 'unavailable'
  | 'address'
  | 'invalid'
  | 'signed-out'
  | 'network'
  | 'payment-form';

export interface CheckoutProblem {
  kind: ProblemKind;
  message: string;
  /** Address fields the server refused, shown beside them. */
  fieldErrors?: AddressErrors;
}

/** The card form (Stripe Elements) refused before anything was sent: its message is for the customer. */
export class PaymentFormError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PaymentFormError';
  }
}

/**
 * Decline codes worth telling the customer (they can act on them). Stripe advises against revealing others (lost or
 * stolen card, fraud), so those read as a plain decline.
 */
const DECLINE_REASONS: Record<string, string> = {
  insufficient_funds: 'Your card was declined: it has insufficient funds.',
  expired_card: 'Your card was declined: it has expired.',
  incorrect_cvc: 'Your card was declined: the security code is incorrect.',
  processing_error: 'Your card could not be processed.',
};

interface OutOfStockLine {
  bookId?: string;
  title?: string;
  available?: number;
}

const quoted = (title: string) => `“${title}”`;

function declined(error: ApiError): CheckoutProblem {
  const info = error.errorInfo ?? {};
  const reason =
    DECLINE_REASONS[String(info.declineCode ?? '')] ??
    DECLINE_REASONS[String(info.code ?? '')] ??
    'Your card was declined.';
  return {
    kind: 'declined',
    message: `${reason} You have not been charged. Choose another payment method and try again.`,
  };
}

function outOfStock(error: ApiError, titleOf: (bookId: string) => string | undefined): CheckoutProblem {
  const lines = Array.isArray(error.errorInfo?.lines) ? (error.errorInfo!.lines as OutOfStockLine[]) : [];
  if (lines.length === 0) return { kind: 'stock', message: error.message };
  const which = lines.map((l) => {
    const title = quoted(l.title ?? titleOf(l.bookId ?? '') ?? 'A book');
    return l.available === 0
      ? `${title} is sold out`
      : `only ${l.available} of ${title} ${l.available === 1 ? 'is' : 'are'} left`;
  });
  return {
    kind: 'stock',
    message: `Sorry, ${which.join('; ')}. You have not been charged. Update your cart, then pay again.`,
  };
}

export function describeOrderError(
  raw: unknown,
  titleOf: (bookId: string) => string | undefined = () => undefined,
): CheckoutProblem {
  if (raw instanceof PaymentFormError) return { kind: 'payment-form', message: raw.message };
  if (raw instanceof ChallengeClosedError) {
    return {
      kind: 'authentication',
      message:
        'The payment was not confirmed: the card’s security check (3-D Secure) was closed before it finished. You have not been charged and your cart is kept. Pay again to confirm it, or choose another payment method.',
    };
  }
  if (raw instanceof ChallengeFailedError) {
    return {
      kind: 'authentication',
      message:
        'Your card’s security check (3-D Secure) failed, so the payment was declined. You have not been charged and your cart is kept. Try again, or choose another payment method.',
    };
  }
  const error = raw instanceof ApiError ? raw : ApiError.network(raw);
  switch (error.errorType) {
    case ERROR_TYPES.PaymentDeclined:
      return declined(error);
    case ERROR_TYPES.OutOfStock:
      return outOfStock(error, titleOf);
    case ERROR_TYPES.NotFound: {
      const ids = Array.isArray(error.errorInfo?.bookIds) ? (error.errorInfo!.bookIds as string[]) : [];
      const names = ids.map((id) => quoted(titleOf(id) ?? id)).join(', ');
      return {
        kind: 'gone',
        message: `${names || 'A book in your cart'} is no longer sold. Remove it from your cart, then pay again. You have not been charged.`,
      };
    }
    case ERROR_TYPES.PaymentUnavailable:
    case ERROR_TYPES.OrderFailed:
    case ERROR_TYPES.Conflict:
      // The server's words already say that nothing was charged and to try again.
      return { kind: 'unavailable', message: error.message };
    case ERROR_TYPES.ValidationError: {
      const fieldErrors = serverAddressErrors(error.errorInfo?.fields as Record<string, unknown> | undefined);
      return Object.keys(fieldErrors).length > 0
        ? { kind: 'address', message: 'Please check the shipping address.', fieldErrors }
        : { kind: 'invalid', message: `The order could not be placed: ${error.message}. You have not been charged.` };
    }
    case ERROR_TYPES.Unauthorized:
    case APPSYNC_UNAUTHORIZED:
      return { kind: 'signed-out', message: 'Your session has ended. Sign in again to pay; your cart is kept.' };
    case undefined:
      return {
        kind: 'network',
        message:
          'We could not reach the store, so we cannot tell whether the payment went through. Pay again: you will not be charged twice for this order.',
      };
    default:
      return { kind: 'unavailable', message: 'Something went wrong and the order was not placed. Please try again.' };
  }
}
