// Stripe idempotency keys, applied once per request by the emulator's front
// door (the key is not forwarded to stripe-stateful-mock, so its own
// idempotency layer never sees it).
//
// Rules, as documented by Stripe (https://docs.stripe.com/api/idempotent_requests):
// - keys are scoped to the account; a key first used on one endpoint may not
//   be reused on another, nor with different parameters (400 idempotency_error);
// - a finished request is replayed (same status and body, header
//   `Idempotent-Replayed: true`), including errors such as a 402 decline;
// - results are not saved when the endpoint never started executing
//   (validation errors, 401, 429, conflicts), so a corrected retry can proceed;
// - keys expire after 24 hours.
//
// In-flight requests: a second request arriving while the first one with the
// same key is still executing gets 409 `idempotency_key_in_use` with
// `Stripe-Should-Retry: true`, which is what api.stripe.com does. We answer
// like Stripe instead of waiting-and-replaying because the point of the
// emulator is that the Lambda behaves locally as it does in production: the
// SDK's retry policy (maxNetworkRetries, backoff) is exercised for real, a
// caller with retries disabled sees the same error it would see in
// production, and a stuck first request can never make other callers hang.
import { StripeApiError } from './errors';

export interface StoredResponse {
  status: number;
  body: Buffer;
  contentType: string;
  requestId: string;
}

interface StoredRequest {
  endpoint: string;
  params: unknown;
  createdAt: number;
  response?: StoredResponse; // absent while in flight
}

export type IdempotencyDecision =
  | { kind: 'execute'; complete(response: StoredResponse, persist: boolean): void }
  | { kind: 'replay'; response: StoredResponse }
  | { kind: 'in_flight' }
  | { kind: 'mismatch'; message: string };

export class IdempotencyStore {
  private readonly requests = new Map<string, StoredRequest>();

  constructor(
    private readonly ttlMs = 24 * 60 * 60 * 1000,
    private readonly maxEntries = 200_000,
  ) {}

  begin(scope: string, key: string, endpoint: string, params: unknown): IdempotencyDecision {
    this.prune();
    const id = `${scope}\u0000${key}`;
    const existing = this.requests.get(id);
    if (existing) {
      if (existing.endpoint !== endpoint) {
        return {
          kind: 'mismatch',
          message: `Keys for idempotent requests can only be used for the same endpoint they were first used for ('${existing.endpoint}' vs '${endpoint}'). Try using a key other than '${key}' if you meant to execute a different request.`,
        };
      }
      if (!deepEqual(existing.params, params)) {
        return {
          kind: 'mismatch',
          message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
        };
      }
      return existing.response ? { kind: 'replay', response: existing.response } : { kind: 'in_flight' };
    }
    const record: StoredRequest = { endpoint, params, createdAt: Date.now() };
    this.requests.set(id, record);
    return {
      kind: 'execute',
      complete: (response, persist) => {
        if (this.requests.get(id) !== record) return;
        if (persist) record.response = response;
        else this.requests.delete(id);
      },
    };
  }

  /** Map iteration order is insertion order, so the oldest entries come first. */
  private prune(): void {
    const cutoff = Date.now() - this.ttlMs;
    for (const [id, record] of this.requests) {
      if (record.createdAt >= cutoff && this.requests.size < this.maxEntries) break;
      if (!record.response) continue; // never drop an in-flight request
      this.requests.delete(id);
    }
  }
}

/** 409 for a key whose first request is still executing; the SDK retries it (Stripe-Should-Retry). */
export function keyInUseError(key: string): StripeApiError {
  return new StripeApiError(
    409,
    {
      type: 'idempotency_error',
      code: 'idempotency_key_in_use',
      doc_url: 'https://stripe.com/docs/error-codes/idempotency-key-in-use',
      message: `There is currently another in-progress request using this Idempotent Key (that probably means you submitted twice, and the other request is still going through): ${key}. Please try again later.`,
    },
    false,
    { 'Stripe-Should-Retry': 'true' },
  );
}

export function keyMismatchError(message: string): StripeApiError {
  return new StripeApiError(400, { type: 'idempotency_error', message }, false);
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const rb = b as Record<string, unknown>;
  const ra = a as Record<string, unknown>;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(rb, k) && deepEqual(ra[k], rb[k]));
}
