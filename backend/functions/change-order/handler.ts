/**
 * cancelOrder, shipOrder, deliverOrder, refundOrder: the order's life. Each change is planned from the order as
 * read (orders/transitions.ts) and lands in one conditional write (orders/order-writes.ts); money then moves
 * through Stripe with an idempotency key per (order, change), so a retry never pays twice. The write comes first:
 * a change that loses a race must not have moved any money.
 */
import Stripe from 'stripe';
import { checkRefund, checkShipment } from '@folio/contract/rules/order-changes';
import type { Order } from '../../orders/order';
import { applied, readOrder, undoRefund, writePlan } from '../../orders/order-writes';
import { planChange, type Actor, type Change, type Plan } from '../../orders/transitions';
import type { Identity, ResolverEvent } from '../shared/event';
import { AppError, asResult, type LambdaResult } from '../shared/result';
import { stripe } from '../shared/stripe';

type Args = { id?: unknown; input?: Record<string, unknown> };

const isAdmin = (identity: Identity) => identity.groups.includes('Admin');

const invalid = (errors: Record<string, string>) =>
  new AppError('ValidationError', Object.values(errors)[0] ?? 'The input is not valid', { fields: errors });

/** The order id and the change a mutation asks for, checked. */
function requestOf(event: ResolverEvent<Args>): { id: string; change: Change } {
  const { field, arguments: args } = event;
  if (field === 'cancelOrder') return { id: String(args.id ?? ''), change: { kind: 'CANCELLED' } };
  if (field === 'deliverOrder') return { id: String(args.id ?? ''), change: { kind: 'DELIVERED' } };
  if (field === 'shipOrder') {
    const checked = checkShipment(args.input);
    if (!checked.ok) throw invalid(checked.errors);
    const { id, carrier, trackingNumber } = checked.value;
    return { id, change: { kind: 'SHIPPED', carrier, trackingNumber } };
  }
  if (field === 'refundOrder') {
    const checked = checkRefund(args.input);
    if (!checked.ok) throw invalid(checked.errors);
    const { id, idempotencyKey, amountCents, reason } = checked.value;
    return { id, change: { kind: 'REFUND', amountCents, refundKey: idempotencyKey, reason } };
  }
  throw new Error(`changeOrder does not serve ${field}`);
}

/** Owners may cancel their own order; everything else is staff's. Someone else's order does not exist for them. */
function actorFor(identity: Identity, order: Order | undefined, change: Change): Actor {
  const owner = Boolean(order && order.customerId === identity.sub);
  if (isAdmin(identity)) return owner && change.kind === 'CANCELLED' ? 'CUSTOMER' : 'STAFF';
  if (change.kind !== 'CANCELLED') throw new AppError('Unauthorized', 'Only staff may change an order this way');
  if (!owner) throw new AppError('NotFound', 'There is no such order');
  return 'CUSTOMER';
}

const paymentUnavailable = () =>
  new AppError(
    'PaymentUnavailable',
    'The payment service could not be reached; nothing was refunded. Please try again.',
  );

/** Gives back what the cancelled order had not refunded: releases an uncaptured payment, refunds a captured one. */
async function releasePayment(order: Order, plan: Plan): Promise<void> {
  try {
    const client = await stripe();
    const intent = await client.paymentIntents.retrieve(order.paymentIntentId);
    if (intent.status === 'requires_capture') {
      await client.paymentIntents.cancel(order.paymentIntentId, {}, { idempotencyKey: `folio-${order.id}-cancel` });
    } else if (intent.status === 'succeeded' && plan.event.amountCents) {
      await client.refunds.create(
        { payment_intent: order.paymentIntentId, amount: plan.event.amountCents },
        { idempotencyKey: `folio-${order.id}-cancel-refund` },
      );
    }
  } catch (error) {
    // The cancellation stands (stock is back); the same keys make a retry by operations pay out once.
    console.error(`changeOrder: releasing ${order.paymentIntentId} of cancelled order ${order.id} failed`, error);
  }
}

async function refund(order: Order, plan: Plan): Promise<void> {
  try {
    const client = await stripe();
    await client.refunds.create(
      { payment_intent: order.paymentIntentId, amount: plan.event.amountCents },
      { idempotencyKey: `folio-${order.id}-refund-${plan.event.refundKey}` },
    );
  } catch (error) {
    console.error(`changeOrder: refund ${plan.event.refundKey} of order ${order.id} failed`, error);
    await undoRefund(order, plan);
    if (error instanceof Stripe.errors.StripeError) throw paymentUnavailable();
    throw error;
  }
}

const alreadyRefunded = (order: Order, key: string) => (order.history ?? []).some((e) => e.refundKey === key);

export async function changeOrder(event: ResolverEvent<Args>): Promise<Order> {
  const identity = event.identity;
  if (!identity) throw new AppError('Unauthorized', 'Sign in first');
  const { id, change } = requestOf(event);
  const order = await readOrder(id);
  const actor = actorFor(identity, order, change);
  if (!order) throw new AppError('NotFound', 'There is no such order');
  // The same refund key again (a retry, a double click) answers the order; it never pays out twice.
  if (change.kind === 'REFUND' && alreadyRefunded(order, change.refundKey)) return order;

  const plan = planChange(order, change, actor, identity.sub, new Date().toISOString());
  if (!(await writePlan(order, plan))) {
    const now = await readOrder(id);
    if (now && change.kind === 'REFUND' && alreadyRefunded(now, change.refundKey)) return now;
    throw new AppError('Conflict', 'Someone else changed this order first. Reload it and try again.', {
      status: now?.status,
    });
  }
  const after = applied(order, plan);
  if (change.kind === 'CANCELLED') await releasePayment(order, plan);
  if (change.kind === 'REFUND') await refund(order, plan);
  return after;
}

export async function handler(event: ResolverEvent<Args>): Promise<LambdaResult<Order>> {
  return asResult(() => changeOrder(event));
}
