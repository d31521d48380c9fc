/**
 * A refund attempt and its idempotency key. refundOrder pays out once per (order, key), so the key belongs to one
 * attempt (an amount and a reason) and is sent again with every retry of it: a retry after a timeout, when the
 * first request may have refunded already, cannot refund twice. Changing the amount or reason is a new attempt
 * with a new key; so is anything after the attempt ended (refunded, or refused with a Conflict).
 */
import { newIdempotencyKey } from '@folio/config/web/idempotency-key';

export interface RefundAttempt {
  key: string;
  amountCents: number;
  reason: string | null;
}

/** The attempt to send: the previous one when this is a retry of it, else a new one with a new key. */
export function refundAttempt(
  previous: RefundAttempt | null,
  amountCents: number,
  reason: string | null,
): RefundAttempt {
  if (previous && previous.amountCents === amountCents && previous.reason === reason) return previous;
  return { key: newIdempotencyKey(), amountCents, reason };
}
