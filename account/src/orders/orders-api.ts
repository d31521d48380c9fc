/** Reads of the signed-in customer's orders: user-pool auth, since an order is readable by its owner only. */
import { graphql } from '@folio/config/web/graphql';
import { CANCEL_ORDER, GET_ORDER, MY_ORDERS, type OrderDetail, type OrderPage } from '@folio/contract/documents/orders';

/** Orders per page of the list ("Load more" asks for the next). */
export const ORDERS_PAGE_SIZE = 10;

export async function fetchMyOrders(nextToken: string | null, limit = ORDERS_PAGE_SIZE): Promise<OrderPage> {
  const data = await graphql({ query: MY_ORDERS, variables: { limit, nextToken }, authMode: 'userPool' });
  return { items: data.myOrders.items, nextToken: data.myOrders.nextToken ?? null };
}

/** The order, or null if there is none with this id that the customer may see (the API does not say which). */
export async function fetchOrder(id: string): Promise<OrderDetail | null> {
  const data = await graphql({ query: GET_ORDER, variables: { id }, authMode: 'userPool' });
  return data.getOrder ?? null;
}

/** Cancels the customer's PAID order (money and stock go back); a Conflict ApiError when it is no longer PAID. */
export async function cancelOrder(id: string): Promise<OrderDetail> {
  const data = await graphql({ query: CANCEL_ORDER, variables: { id }, authMode: 'userPool' });
  return data.cancelOrder;
}
