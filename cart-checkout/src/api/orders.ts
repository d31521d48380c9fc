/** Orders: the one processOrder call of a checkout attempt, and reading an order back for its confirmation. */
import { GET_ORDER, PROCESS_ORDER, type OrderDetail } from '@folio/contract/documents/orders';
import type { GetOrderQuery, ProcessOrderInput, ProcessOrderMutation } from '@folio/contract/generated/operations';
import { runGraphql } from './client';

export async function processOrder(input: ProcessOrderInput): Promise<OrderDetail> {
  const data = await runGraphql<ProcessOrderMutation>(PROCESS_ORDER, { input }, 'userPool');
  return data.processOrder;
}

export async function getOrder(id: string): Promise<OrderDetail | null> {
  const data = await runGraphql<GetOrderQuery>(GET_ORDER, { id }, 'userPool');
  return data.getOrder;
}
