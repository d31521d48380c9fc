/** Orders: the one processOrder call of a checkout attempt, and reading an order back for its confirmation. */
import { GET_ORDER, PROCESS_ORDER } from './graphql';
import { runGraphql } from './client';
import type { OrderData, ProcessOrderInput } from './types';

export async function processOrder(input: ProcessOrderInput): Promise<OrderData> {
  const data = await runGraphql<{ processOrder: OrderData }>(PROCESS_ORDER, { input }, 'userPool');
  return data.processOrder;
}

export async function getOrder(id: string): Promise<OrderData | null> {
  const data = await runGraphql<{ getOrder: OrderData | null }>(GET_ORDER, { id }, 'userPool');
  return data.getOrder;
}
