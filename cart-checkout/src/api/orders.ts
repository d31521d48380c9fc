/** Orders: the one processOrder call of a checkout attempt, and reading an order back for its confirmation. */
import { GET_ORDER, PROCESS_ORDER } from './graphql';
import { graphql } from '@folio/config/web/graphql';
import type { OrderData, ProcessOrderInput } from './types';

export async function processOrder(input: ProcessOrderInput): Promise<OrderData> {
  const data = await graphql<{ processOrder: OrderData }>({
    query: PROCESS_ORDER,
    variables: { input },
    authMode: 'userPool',
  });
  return data.processOrder;
}

export async function getOrder(id: string): Promise<OrderData | null> {
  const data = await graphql<{ getOrder: OrderData | null }>({
    query: GET_ORDER,
    variables: { id },
    authMode: 'userPool',
  });
  return data.getOrder;
}
