/** Orders: the one processOrder call of a checkout attempt, and reading an order back for its confirmation. */
import { graphql } from '@folio/config/web/graphql';
import { GET_ORDER, PROCESS_ORDER, type OrderDetail } from '@folio/contract/documents/orders';
import type { ProcessOrderInput } from '@folio/contract/generated/operations';

export async function processOrder(input: ProcessOrderInput): Promise<OrderDetail> {
  const data = await graphql({ query: PROCESS_ORDER, variables: { input }, authMode: 'userPool' });
  return data.processOrder;
}

export async function getOrder(id: string): Promise<OrderDetail | null> {
  const data = await graphql({ query: GET_ORDER, variables: { id }, authMode: 'userPool' });
  return data.getOrder ?? null;
}
