// Stripe-shaped API errors: `{ error: { type, code, message, param, ... } }`.

export interface StripeErrorBody {
  type: string;
  message: string;
  code?: string;
  param?: string;
  doc_url?: string;
  decline_code?: string;
  charge?: string;
  [extra: string]: unknown;
}

export class StripeApiError extends Error {
  constructor(
    readonly status: number,
    readonly error: StripeErrorBody,
    /**
     * Whether an idempotent replay of this request should return this error.
     * Stripe does not save results of requests rejected before the endpoint
     * started executing (parameter validation, idempotency conflicts), so a
     * corrected retry with the same key goes through.
     */
    readonly persist = true,
    readonly headers: Record<string, string> = {},
  ) {
    super(error.message);
  }
}

function docUrl(code: string): string {
  return `https://stripe.com/docs/error-codes/${code.replace(/_/g, '-')}`;
}

/** 400 invalid_request_error raised while validating parameters (never replayed). */
export function invalidParam(message: string, param?: string, code?: string): StripeApiError {
  return new StripeApiError(
    400,
    {
      type: 'invalid_request_error',
      message,
      ...(code ? { code, doc_url: docUrl(code) } : {}),
      ...(param ? { param } : {}),
    },
    false,
  );
}

export function resourceMissing(what: string, id: string, param: string): StripeApiError {
  return new StripeApiError(
    404,
    {
      type: 'invalid_request_error',
      code: 'resource_missing',
      doc_url: docUrl('resource_missing'),
      message: `No such ${what}: '${id}'`,
      param,
    },
    false,
  );
}

/** 400 for an action not allowed in the object's current state (replayed, like Stripe). */
export function unexpectedState(message: string, extra: Record<string, unknown> = {}): StripeApiError {
  return new StripeApiError(400, {
    type: 'invalid_request_error',
    code: 'payment_intent_unexpected_state',
    doc_url: docUrl('payment_intent_unexpected_state'),
    message,
    ...extra,
  });
}

export function unrecognizedUrl(method: string, path: string): StripeApiError {
  return new StripeApiError(
    404,
    {
      type: 'invalid_request_error',
      message: `Unrecognized request URL (${method}: ${path}). Please see https://stripe.com/docs or we can help at https://support.stripe.com/.`,
    },
    false,
  );
}
