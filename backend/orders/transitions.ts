/**
 * The order's life as a table of allowed moves, apart from storage and Stripe so each rule is tested alone:
 *
 *   PAID ─ship→ SHIPPED ─deliver→ DELIVERED;  PAID ─cancel→ CANCELLED;
 *   refund (part or all of what is left) from PAID, SHIPPED or DELIVERED → REFUNDED when nothing is left.
 *
 * Anything else is a Conflict: the caller's view of the order is out of date, or the move never makes sense.
 */
import { AppError } from '../functions/shared/result';
import type { Order, OrderEvent, OrderStatus, Shipment } from './order';

export type Actor = OrderEvent['actor'];

export type Change =
  | { kind: 'SHIPPED'; carrier: string; trackingNumber: string }
  | { kind: 'DELIVERED' }
  | { kind: 'CANCELLED' }
  | { kind: 'REFUND'; amountCents: number; refundKey: string; reason?: string };

/** What the one conditional write sets, and the event it appends to history. */
export interface Plan {
  status: OrderStatus;
  event: OrderEvent;
  refundedCents: number;
  shipment?: Shipment;
}

const REFUNDABLE: readonly OrderStatus[] = ['PAID', 'SHIPPED', 'DELIVERED'];

const FROM: Record<Exclude<Change['kind'], 'REFUND'>, OrderStatus> = {
  SHIPPED: 'PAID',
  DELIVERED: 'SHIPPED',
  CANCELLED: 'PAID',
};

const WORDS: Record<Change['kind'], string> = {
  SHIPPED: 'shipped',
  DELIVERED: 'marked delivered',
  CANCELLED: 'cancelled',
  REFUND: 'refunded',
};

export const refundedOf = (order: Pick<Order, 'refundedCents'>): number => order.refundedCents ?? 0;

function conflict(order: Order, change: Change): AppError {
  return new AppError(
    'Conflict',
    `This order is ${order.status.toLowerCase()}, so it cannot be ${WORDS[change.kind]}.`,
    {
      status: order.status,
    },
  );
}

/** The move `change` makes from `order` as it was read; a Conflict when the state machine does not allow it. */
export function planChange(order: Order, change: Change, actor: Actor, by: string, at: string): Plan {
  const refunded = refundedOf(order);
  const base = { at, actor, by };
  if (change.kind === 'REFUND') {
    if (!REFUNDABLE.includes(order.status)) throw conflict(order, change);
    const left = order.totalCents - refunded;
    if (change.amountCents > left) {
      throw new AppError('Conflict', `Only ${left} cents are left to refund on this order.`, { leftCents: left });
    }
    const refundedCents = refunded + change.amountCents;
    const status = refundedCents === order.totalCents ? 'REFUNDED' : order.status;
    return {
      status,
      refundedCents,
      event: {
        ...base,
        kind: 'REFUND',
        status,
        amountCents: change.amountCents,
        refundKey: change.refundKey,
        ...(change.reason ? { note: change.reason } : {}),
      },
    };
  }
  if (order.status !== FROM[change.kind]) throw conflict(order, change);
  if (change.kind === 'SHIPPED') {
    const shipment = { carrier: change.carrier, trackingNumber: change.trackingNumber, shippedAt: at };
    return {
      status: 'SHIPPED',
      refundedCents: refunded,
      shipment,
      event: { ...base, kind: 'SHIPPED', status: 'SHIPPED' },
    };
  }
  if (change.kind === 'DELIVERED') {
    return { status: 'DELIVERED', refundedCents: refunded, event: { ...base, kind: 'DELIVERED', status: 'DELIVERED' } };
  }
  // Cancelling returns what has not been refunded yet.
  return {
    status: 'CANCELLED',
    refundedCents: refunded,
    event: { ...base, kind: 'CANCELLED', status: 'CANCELLED', amountCents: order.totalCents - refunded },
  };
}
