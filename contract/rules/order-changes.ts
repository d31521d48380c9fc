/**
 * The order desk's input rules (shipOrder, refundOrder): the change-order Lambda runs them, the desk's forms show
 * their messages. Errors are keyed by field name, as the API's ValidationError reports them.
 */
export const ORDER_CHANGE_LIMITS = { carrierMax: 100, trackingMax: 100, reasonMax: 500, keyMax: 100 } as const;

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: Record<string, string> };

export interface ShipmentInput {
  id: string;
  carrier: string;
  trackingNumber: string;
}

export interface RefundInput {
  id: string;
  idempotencyKey: string;
  amountCents: number;
  reason?: string;
}

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{1,100}$/;

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

function required(errors: Record<string, string>, field: string, value: string, max: number, label: string): void {
  if (!value) errors[field] = `${label} is required`;
  else if (value.length > max) errors[field] = `${label} must be at most ${max} characters`;
}

export function checkShipment(raw: unknown): Checked<ShipmentInput> {
  const input = (raw ?? {}) as Record<string, unknown>;
  const value = { id: text(input.id), carrier: text(input.carrier), trackingNumber: text(input.trackingNumber) };
  const errors: Record<string, string> = {};
  required(errors, 'carrier', value.carrier, ORDER_CHANGE_LIMITS.carrierMax, 'Carrier');
  required(errors, 'trackingNumber', value.trackingNumber, ORDER_CHANGE_LIMITS.trackingMax, 'Tracking number');
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value };
}

export function checkRefund(raw: unknown): Checked<RefundInput> {
  const input = (raw ?? {}) as Record<string, unknown>;
  const errors: Record<string, string> = {};
  const reason = text(input.reason);
  if (typeof input.idempotencyKey !== 'string' || !IDEMPOTENCY_KEY.test(input.idempotencyKey)) {
    errors.idempotencyKey = 'idempotencyKey must be 1–100 letters, digits, - or _';
  }
  if (!Number.isInteger(input.amountCents) || (input.amountCents as number) < 1) {
    errors.amountCents = 'The amount must be a whole number of cents, 1 or more';
  }
  if (reason.length > ORDER_CHANGE_LIMITS.reasonMax) {
    errors.reason = `The reason must be at most ${ORDER_CHANGE_LIMITS.reasonMax} characters`;
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  return {
    ok: true,
    value: {
      id: text(input.id),
      idempotencyKey: input.idempotencyKey as string,
      amountCents: input.amountCents as number,
      ...(reason ? { reason } : {}),
    },
  };
}
