/**
 * Orders: placed and confirmed by cart-checkout, listed and shown by account, both as the signed-in customer
 * (user-pool auth). An order carries ids and quantities only; the server prices it. The checkout's confirmation
 * and the account's order page read the same fields, so they share one fragment and one query.
 */
import type {
  CancelOrderMutation,
  CancelOrderMutationVariables,
  GetOrderQuery,
  GetOrderQueryVariables,
  MyOrdersQuery,
  MyOrdersQueryVariables,
  OrderDetailFragment,
  ProcessOrderMutation,
  ProcessOrderMutationVariables,
} from '../generated/operations';
import type { TypedDocument } from './typed-document';

const ORDER_DETAIL = /* GraphQL */ `
  fragment OrderDetail on Order {
    id
    totalCents
    currency
    status
    paymentIntentId
    createdAt
    items {
      bookId
      title
      unitPriceCents
      quantity
    }
    shippingAddress {
      name
      line1
      line2
      city
      postalCode
      country
    }
    refundedCents
    updatedAt
    shipment {
      carrier
      trackingNumber
      shippedAt
    }
    history {
      at
      kind
      status
      actor
      amountCents
      note
    }
  }
`;

/** Charges the customer and writes the order; the same idempotencyKey always answers with the same order. */
export const PROCESS_ORDER = <TypedDocument<ProcessOrderMutation, ProcessOrderMutationVariables>>/* GraphQL */ `
  mutation ProcessOrder($input: ProcessOrderInput!) {
    processOrder(input: $input) {
      ...OrderDetail
    }
  }
  ${ORDER_DETAIL}
`;

/** One order; null when it is not the caller's (the API does not say whether it exists). */
export const GET_ORDER = <TypedDocument<GetOrderQuery, GetOrderQueryVariables>>/* GraphQL */ `
  query GetOrder($id: ID!) {
    getOrder(id: $id) {
      ...OrderDetail
    }
  }
  ${ORDER_DETAIL}
`;

/** A page of the signed-in customer's orders, newest first: what the order list shows. */
export const MY_ORDERS = <TypedDocument<MyOrdersQuery, MyOrdersQueryVariables>>/* GraphQL */ `
  query MyOrders($limit: Int, $nextToken: String) {
    myOrders(limit: $limit, nextToken: $nextToken) {
      items {
        id
        totalCents
        currency
        status
        createdAt
        items {
          quantity
        }
      }
      nextToken
    }
  }
`;

/** The owner cancels their own order while it is PAID: money and stock go back; anything later is a Conflict. */
export const CANCEL_ORDER = <TypedDocument<CancelOrderMutation, CancelOrderMutationVariables>>/* GraphQL */ `
  mutation CancelOrder($id: ID!) {
    cancelOrder(id: $id) {
      ...OrderDetail
    }
  }
  ${ORDER_DETAIL}
`;

export type OrderDetail = OrderDetailFragment;
export type OrderAddress = OrderDetailFragment['shippingAddress'];
export type OrderPage = MyOrdersQuery['myOrders'];
export type OrderSummary = OrderPage['items'][number];
export type OrderEvent = OrderDetailFragment['history'][number];
export type OrderShipment = NonNullable<OrderDetailFragment['shipment']>;
