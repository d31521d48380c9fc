/**
 * Fault switches for drills, local stack only: FOLIO_FAULTS="create-order-write:1,stripe-down".
 *   create-order-write:N  the first N order transactions fail (after the payment was authorised)
 *   stripe-down           the Stripe emulator is not started, so every payment call fails to connect
 * Production code has no switch: the fault is injected into the SDK client from outside.
 */
import { ddb } from '../functions/shared/aws';

export interface Faults {
  createOrderWrite: number;
  stripeDown: boolean;
}

export function parseFaults(spec = process.env.FOLIO_FAULTS ?? ''): Faults {
  const faults: Faults = { createOrderWrite: 0, stripeDown: false };
  for (const part of spec
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [name, count] = part.split(':');
    if (name === 'create-order-write') faults.createOrderWrite = Number(count ?? 1);
    else if (name === 'stripe-down') faults.stripeDown = true;
    else throw new Error(`Unknown fault "${name}" in FOLIO_FAULTS (known: create-order-write[:N], stripe-down)`);
  }
  return faults;
}

/** Makes the handlers' DynamoDB client fail its next `count` TransactWriteItems calls. */
export function failOrderWrites(count: number): void {
  let remaining = count;
  ddb().middlewareStack.add(
    (next, context) => async (args) => {
      if (context.commandName === 'TransactWriteItemsCommand' && remaining > 0) {
        remaining -= 1;
        throw Object.assign(new Error('Injected fault: the order transaction failed'), { name: 'InjectedFault' });
      }
      return next(args);
    },
    { step: 'initialize', name: 'folioInjectedFaults' },
  );
}
