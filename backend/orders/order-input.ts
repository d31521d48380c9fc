/** Validation of processOrder input; nothing the browser sends is trusted beyond ids and quantities. */
import { createHash } from 'node:crypto';
import { AppError } from '../functions/shared/result';

export const ORDER_LIMITS = { maxLines: 20, minQuantity: 1, maxQuantity: 10, idMax: 100, fieldMax: 200 } as const;

export interface OrderLineInput {
  bookId: string;
  quantity: number;
}

export interface AddressValue {
  name: string;
  line1: string;
  line2: string | null;
  city: string;
  postalCode: string;
  country: string;
}

export interface OrderInput {
  idempotencyKey: string;
  items: OrderLineInput[];
  paymentMethodId: string;
  shippingAddress: AddressValue;
}

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{1,100}$/;
const PAYMENT_METHOD = /^pm_[A-Za-z0-9_]{1,100}$/;
const ADDRESS_FIELDS = ['name', 'line1', 'line2', 'city', 'postalCode', 'country'] as const;

function addressErrors(raw: unknown, errors: Record<string, string>): AddressValue {
  const address = (raw ?? {}) as Record<string, unknown>;
  const out: Record<string, string | null> = {};
  for (const field of ADDRESS_FIELDS) {
    const value = address[field];
    const optional = field === 'line2';
    if ((value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) && optional) {
      out[field] = null;
    } else if (typeof value !== 'string' || value.trim() === '') {
      errors[`shippingAddress.${field}`] = `${field} is required`;
    } else if (value.length > ORDER_LIMITS.fieldMax) {
      errors[`shippingAddress.${field}`] = `${field} must be at most ${ORDER_LIMITS.fieldMax} characters`;
    } else {
      out[field] = value.trim();
    }
  }
  return out as unknown as AddressValue;
}

function lineErrors(raw: unknown, errors: Record<string, string>): OrderLineInput[] {
  if (!Array.isArray(raw) || raw.length < 1 || raw.length > ORDER_LIMITS.maxLines) {
    errors.items = `An order has 1 to ${ORDER_LIMITS.maxLines} lines`;
    return [];
  }
  const seen = new Set<string>();
  return raw.map((line: { bookId?: unknown; quantity?: unknown }, i) => {
    const { bookId, quantity } = line ?? {};
    if (typeof bookId !== 'string' || bookId === '' || bookId.length > ORDER_LIMITS.idMax) {
      errors[`items.${i}.bookId`] = 'bookId is not valid';
    } else if (seen.has(bookId)) {
      errors[`items.${i}.bookId`] = 'Each book may appear on one line only';
    }
    seen.add(String(bookId));
    if (
      !Number.isInteger(quantity) ||
      (quantity as number) < ORDER_LIMITS.minQuantity ||
      (quantity as number) > ORDER_LIMITS.maxQuantity
    ) {
      errors[`items.${i}.quantity`] =
        `Quantity must be from ${ORDER_LIMITS.minQuantity} to ${ORDER_LIMITS.maxQuantity}`;
    }
    return { bookId: bookId as string, quantity: quantity as number };
  });
}

/** Checks the whole input; throws one ValidationError naming every bad field. */
export function checkOrderInput(raw: unknown): OrderInput {
  const input = (raw ?? {}) as Record<string, unknown>;
  const errors: Record<string, string> = {};
  if (typeof input.idempotencyKey !== 'string' || !IDEMPOTENCY_KEY.test(input.idempotencyKey)) {
    errors.idempotencyKey = 'idempotencyKey must be 1–100 letters, digits, - or _';
  }
  if (typeof input.paymentMethodId !== 'string' || !PAYMENT_METHOD.test(input.paymentMethodId)) {
    errors.paymentMethodId = 'paymentMethodId must be a Stripe payment method id (pm_…)';
  }
  const items = lineErrors(input.items, errors);
  const shippingAddress = addressErrors(input.shippingAddress, errors);
  if (Object.keys(errors).length) {
    throw new AppError(
      'ValidationError',
      Object.entries(errors)
        .map(([k, v]) => `${k}: ${v}`)
        .join('; '),
      { fields: errors },
    );
  }
  return {
    idempotencyKey: input.idempotencyKey as string,
    paymentMethodId: input.paymentMethodId as string,
    items,
    shippingAddress,
  };
}

/** One order per (customer, idempotencyKey): its id is derived from both, so retries land on the same item. */
export function orderIdFor(customerId: string, idempotencyKey: string): string {
  return createHash('sha256').update(`${customerId}\n${idempotencyKey}`).digest('hex').slice(0, 32);
}
