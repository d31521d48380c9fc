/**
 * processOrder with 3-D Secure: when the card needs the customer (PaymentActionRequired), the payment section
 * shows the challenge, then processOrder runs again with the same input (same idempotency key and card), which
 * returns the order once the payment is authenticated. A challenge left unanswered, or one that failed, ends in
 * an error the customer is told about; the attempt, and so the cart, stays for a retry.
 */
import { ERROR_TYPES } from '@folio/contract/errors';
import { ApiError } from '@folio/config/web/api-error';
import type { OrderDetail } from '@folio/contract/documents/orders';
import type { ProcessOrderInput } from '@folio/contract/generated/operations';
import { processOrder } from '../api/orders';
import type { PaymentAction, PaymentSource } from './payment/payment-source';

/** The challenge was closed, or is still pending after it: nothing was charged. */
export class ChallengeClosedError extends Error {
  constructor() {
    super('The 3-D Secure challenge was not completed');
    this.name = 'ChallengeClosedError';
  }
}

/** The customer (or their bank) failed the challenge: the payment was declined. */
export class ChallengeFailedError extends Error {
  constructor() {
    super('The 3-D Secure challenge failed');
    this.name = 'ChallengeFailedError';
  }
}

export function paymentActionOf(error: unknown): PaymentAction | null {
  if (!(error instanceof ApiError) || error.errorType !== ERROR_TYPES.PaymentActionRequired) return null;
  const { clientSecret, paymentIntentId } = error.errorInfo ?? {};
  return typeof clientSecret === 'string' && typeof paymentIntentId === 'string'
    ? { clientSecret, paymentIntentId }
    : null;
}

const isDeclined = (error: unknown) => error instanceof ApiError && error.errorType === ERROR_TYPES.PaymentDeclined;

export async function payWithChallenge(
  input: ProcessOrderInput,
  payment: Pick<PaymentSource, 'authenticate'>,
  onChallenge: () => void = () => undefined,
): Promise<OrderDetail> {
  try {
    return await processOrder(input);
  } catch (error) {
    const action = paymentActionOf(error);
    if (!action) throw error;
    onChallenge();
    const outcome = await payment.authenticate(action);
    if (outcome === 'closed') throw new ChallengeClosedError();
    try {
      return await processOrder(input);
    } catch (again) {
      if (paymentActionOf(again)) throw new ChallengeClosedError();
      if (outcome === 'fail' && isDeclined(again)) throw new ChallengeFailedError();
      throw again;
    }
  }
}
