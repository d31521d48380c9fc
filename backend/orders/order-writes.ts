/**
 * The conditional writes of the order's life (orders/transitions.ts decides what they set). Each is ONE write
 * conditioned on the status and updatedAt that were read: of two racing changes exactly one lands, the other
 * finds the condition false and changes nothing.
 */
import { TransactionCanceledException } from '@aws-sdk/client-dynamodb';
import { GetCommand, TransactWriteCommand, type TransactWriteCommandInput } from '@aws-sdk/lib-dynamodb';
import { ddb } from '../functions/shared/aws';
import { env } from '../functions/shared/env';
import type { Order } from './order';
import type { Plan } from './transitions';

type TransactItem = NonNullable<TransactWriteCommandInput['TransactItems']>[number];

export async function readOrder(id: string): Promise<Order | undefined> {
  if (!id) return undefined;
  const out = await ddb().send(new GetCommand({ TableName: env('ORDERS_TABLE'), Key: { id }, ConsistentRead: true }));
  // Key items (number#…) share the table; only orders have a customer.
  return out.Item?.customerId ? (out.Item as Order) : undefined;
}

/** The order's own update: status, refunded, shipment, one more event; only if it is still as read. */
function orderUpdate(order: Order, plan: Plan): TransactItem {
  const values: Record<string, unknown> = {
    ':to': plan.status,
    ':from': order.status,
    ':now': plan.event.at,
    ':refunded': plan.refundedCents,
    ':event': [plan.event],
    ':none': [],
  };
  const sets = [
    '#status = :to',
    'updatedAt = :now',
    'refundedCents = :refunded',
    'history = list_append(if_not_exists(history, :none), :event)',
  ];
  // Orders written before the order's life began have no updatedAt.
  const conditions = ['#status = :from', order.updatedAt ? 'updatedAt = :seen' : 'attribute_not_exists(updatedAt)'];
  if (order.updatedAt) values[':seen'] = order.updatedAt;
  if (plan.shipment) {
    sets.push('shipment = :shipment');
    values[':shipment'] = plan.shipment;
  }
  let add = '';
  if (plan.event.refundKey) {
    add = ' ADD refundKeys :key';
    values[':key'] = new Set([plan.event.refundKey]);
    values[':keyText'] = plan.event.refundKey;
    conditions.push('NOT contains(refundKeys, :keyText)');
  }
  return {
    Update: {
      TableName: env('ORDERS_TABLE'),
      Key: { id: order.id },
      UpdateExpression: `SET ${sets.join(', ')}${add}`,
      ConditionExpression: conditions.join(' AND '),
      ExpressionAttributeNames: { '#status': 'status' },
      ExpressionAttributeValues: values,
    },
  };
}

/** Each line's quantity back on its book (a cancellation), in the same transaction as the order's write. */
const restock = (order: Order, at: string, skip: ReadonlySet<string>): TransactItem[] =>
  order.items
    .filter((line) => !skip.has(line.bookId))
    .map((line) => ({
      Update: {
        TableName: env('BOOKS_TABLE'),
        Key: { id: line.bookId },
        UpdateExpression: 'SET stock = stock + :q, updatedAt = :now',
        // A deleted book must not come back as a bare {id, stock} item.
        ConditionExpression: 'attribute_exists(id)',
        ExpressionAttributeValues: { ':q': line.quantity, ':now': at },
      },
    }));

/** The stored order after a write that landed (what the mutation answers). */
export const applied = (order: Order, plan: Plan): Order => ({
  ...order,
  status: plan.status,
  updatedAt: plan.event.at,
  refundedCents: plan.refundedCents,
  history: [...(order.history ?? []), plan.event],
  ...(plan.shipment ? { shipment: plan.shipment } : {}),
});

/**
 * Writes the plan if the order is still as read: true when it landed, false when someone else changed the order
 * first. A cancellation returns the stock in the same transaction.
 */
export async function writePlan(order: Order, plan: Plan): Promise<boolean> {
  const skip = new Set<string>();
  // Rounds only drop lines whose book has been deleted since the order; the order itself decides at once.
  for (let round = 0; round <= order.items.length; round += 1) {
    const items = [
      orderUpdate(order, plan),
      ...(plan.status === 'CANCELLED' ? restock(order, plan.event.at, skip) : []),
    ];
    try {
      await ddb().send(new TransactWriteCommand({ TransactItems: items }));
      return true;
    } catch (error) {
      if (!(error instanceof TransactionCanceledException)) throw error;
      const codes = (error.CancellationReasons ?? []).map((r) => r.Code);
      if (codes[0] === 'ConditionalCheckFailed' || codes.includes('TransactionConflict')) return false;
      const lines = order.items.filter((line) => !skip.has(line.bookId));
      codes.slice(1).forEach((code, i) => {
        if (code === 'ConditionalCheckFailed' && lines[i]) skip.add(lines[i].bookId);
      });
    }
  }
  return false;
}

/** Takes back a refund whose money Stripe would not move, if nothing has changed the order since. */
export async function undoRefund(before: Order, plan: Plan): Promise<void> {
  const index = (before.history ?? []).length;
  try {
    await ddb().send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: env('ORDERS_TABLE'),
              Key: { id: before.id },
              UpdateExpression: `SET #status = :from, refundedCents = :refunded, updatedAt = :later REMOVE history[${index}] DELETE refundKeys :key`,
              ConditionExpression: 'updatedAt = :now',
              ExpressionAttributeNames: { '#status': 'status' },
              ExpressionAttributeValues: {
                ':from': before.status,
                ':refunded': before.refundedCents ?? 0,
                ':later': new Date().toISOString(),
                ':now': plan.event.at,
                ':key': new Set([plan.event.refundKey]),
              },
            },
          },
        ],
      }),
    );
  } catch (error) {
    console.error(`changeOrder: could not take back refund ${plan.event.refundKey} of order ${before.id}`, error);
  }
}
