/** processOrder's input, checked by the contract's rules; one ValidationError names every bad field. */
import { createHash } from 'node:crypto';
import { checkOrder, type OrderInput } from '@folio/contract/rules/order-input';
import { AppError } from '../functions/shared/result';

export type { OrderInput } from '@folio/contract/rules/order-input';
export type { AddressValue } from '@folio/contract/rules/address';

export function checkOrderInput(raw: unknown): OrderInput {
  const checked = checkOrder(raw);
  if (checked.ok) return checked.value;
  throw new AppError(
    'ValidationError',
    Object.entries(checked.errors)
      .map(([k, v]) => `${k}: ${v}`)
      .join('; '),
    { fields: checked.errors },
  );
}

/** One order per (customer, idempotencyKey): its id is derived from both, so retries land on the same item. */
export function orderIdFor(customerId: string, idempotencyKey: string): string {
  return createHash('sha256').update(`${customerId}\n${idempotencyKey}`).digest('hex').slice(0, 32);
}
