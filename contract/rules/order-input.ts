/**
 * processOrder's input rules: nothing the browser sends is trusted beyond book ids, quantities, the address and
 * the payment method (prices come from the catalog, never from the input). Errors are keyed by field path
 * (`items.0.quantity`, `shippingAddress.city`), the names the API's ValidationError reports.
 */
import {
  ADDRESS_FIELDS,
  ADDRESS_FIELD_MAX,
  addressProblem,
  cleanAddress,
  type AddressField,
  type AddressValue,
} from './address';
import { orderLineErrors, type OrderLineInput } from './order-lines';

export interface OrderInput {
  idempotencyKey: string;
  items: OrderLineInput[];
  paymentMethodId: string;
  shippingAddress: AddressValue;
}

export type CheckedOrder = { ok: true; value: OrderInput } | { ok: false; errors: Record<string, string> };

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_-]{1,100}$/;
const PAYMENT_METHOD = /^pm_[A-Za-z0-9_]{1,100}$/;

function shippingAddressErrors(raw: unknown): Record<string, string> {
  const address = (raw ?? {}) as Record<string, unknown>;
  const errors: Record<string, string> = {};
  for (const field of ADDRESS_FIELDS) {
    const problem = addressProblem(field, address[field]);
    if (problem === 'required') errors[`shippingAddress.${field}`] = `${field} is required`;
    if (problem === 'too-long') {
      errors[`shippingAddress.${field}`] = `${field} must be at most ${ADDRESS_FIELD_MAX} characters`;
    }
  }
  return errors;
}

/** Checks the whole input at once, so one answer names every bad field. */
export function checkOrder(raw: unknown): CheckedOrder {
  const input = (raw ?? {}) as Record<string, unknown>;
  const errors: Record<string, string> = {};
  if (typeof input.idempotencyKey !== 'string' || !IDEMPOTENCY_KEY.test(input.idempotencyKey)) {
    errors.idempotencyKey = 'idempotencyKey must be 1–100 letters, digits, - or _';
  }
  if (typeof input.paymentMethodId !== 'string' || !PAYMENT_METHOD.test(input.paymentMethodId)) {
    errors.paymentMethodId = 'paymentMethodId must be a Stripe payment method id (pm_…)';
  }
  Object.assign(errors, orderLineErrors(input.items), shippingAddressErrors(input.shippingAddress));
  if (Object.keys(errors).length) return { ok: false, errors };
  const items = (input.items as OrderLineInput[]).map(({ bookId, quantity }) => ({ bookId, quantity }));
  return {
    ok: true,
    value: {
      idempotencyKey: input.idempotencyKey as string,
      paymentMethodId: input.paymentMethodId as string,
      items,
      shippingAddress: cleanAddress(input.shippingAddress as Partial<Record<AddressField, unknown>>),
    },
  };
}
