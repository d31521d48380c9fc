/**
 * The staff order desk's documents (group Admin, user-pool auth): every customer's orders, finding one by its
 * number or its customer's email, and the transitions of an order's life. The desk's own module rather than the
 * customer's (orders.ts): it reads who the customer is and the payment, which the customer's pages never need.
 */
import type {
  DeskCancelOrderMutation,
  DeskCancelOrderMutationVariables,
  DeskGetOrderQuery,
  DeskGetOrderQueryVariables,
  DeskOrderFragment,
  DeskOrderRowFragment,
  DeliverOrderMutation,
  DeliverOrderMutationVariables,
  FindOrdersQuery,
  FindOrdersQueryVariables,
  ListOrdersQuery,
  ListOrdersQueryVariables,
  RefundOrderMutation,
  RefundOrderMutationVariables,
  ShipOrderMutation,
  ShipOrderMutationVariables,
} from '../generated/operations';
import type { TypedDocument } from './typed-document';

/** One row of the desk's order table. */
const DESK_ORDER_ROW = /* GraphQL */ `
  fragment DeskOrderRow on Order {
    id
    status
    totalCents
    refundedCents
    currency
    customerEmail
    createdAt
    updatedAt
    items {
      quantity
    }
  }
`;

/** An order as the desk shows it, and as every transition answers. */
const DESK_ORDER = /* GraphQL */ `
  fragment DeskOrder on Order {
    id
    customerId
    customerEmail
    status
    totalCents
    refundedCents
    currency
    paymentIntentId
    createdAt
    updatedAt
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

/** A page of every customer's orders, newest first; of one status when given. */
export const LIST_ORDERS = <TypedDocument<ListOrdersQuery, ListOrdersQueryVariables>>/* GraphQL */ `
  query ListOrders($status: OrderStatus, $limit: Int, $nextToken: String) {
    listOrders(status: $status, limit: $limit, nextToken: $nextToken) {
      items {
        ...DeskOrderRow
      }
      nextToken
    }
  }
  ${DESK_ORDER_ROW}
`;

/** Orders by number (the 8 characters customers see) or by the customer's email: give exactly one. */
export const FIND_ORDERS = <TypedDocument<FindOrdersQuery, FindOrdersQueryVariables>>/* GraphQL */ `
  query FindOrders($number: String, $email: String, $limit: Int, $nextToken: String) {
    findOrders(number: $number, email: $email, limit: $limit, nextToken: $nextToken) {
      items {
        ...DeskOrderRow
      }
      nextToken
    }
  }
  ${DESK_ORDER_ROW}
`;

export const DESK_GET_ORDER = <TypedDocument<DeskGetOrderQuery, DeskGetOrderQueryVariables>>/* GraphQL */ `
  query DeskGetOrder($id: ID!) {
    getOrder(id: $id) {
      ...DeskOrder
    }
  }
  ${DESK_ORDER}
`;

/** PAID → SHIPPED with the carrier and tracking number; anything else is a Conflict. */
export const SHIP_ORDER = <TypedDocument<ShipOrderMutation, ShipOrderMutationVariables>>/* GraphQL */ `
  mutation ShipOrder($input: ShipOrderInput!) {
    shipOrder(input: $input) {
      ...DeskOrder
    }
  }
  ${DESK_ORDER}
`;

/** SHIPPED → DELIVERED; anything else is a Conflict. */
export const DELIVER_ORDER = <TypedDocument<DeliverOrderMutation, DeliverOrderMutationVariables>>/* GraphQL */ `
  mutation DeliverOrder($id: ID!) {
    deliverOrder(id: $id) {
      ...DeskOrder
    }
  }
  ${DESK_ORDER}
`;

/**
 * Refunds part or all of what is left (REFUNDED when nothing is); more than is left is a Conflict. Send the same
 * idempotencyKey when retrying one refund: it pays out once.
 */
export const REFUND_ORDER = <TypedDocument<RefundOrderMutation, RefundOrderMutationVariables>>/* GraphQL */ `
  mutation RefundOrder($input: RefundOrderInput!) {
    refundOrder(input: $input) {
      ...DeskOrder
    }
  }
  ${DESK_ORDER}
`;

/** Staff cancel a PAID order: money and stock go back. */
export const DESK_CANCEL_ORDER = <TypedDocument<DeskCancelOrderMutation, DeskCancelOrderMutationVariables>>(
  /* GraphQL */ `
    mutation DeskCancelOrder($id: ID!) {
      cancelOrder(id: $id) {
        ...DeskOrder
      }
    }
    ${DESK_ORDER}
  `
);

export type DeskOrder = DeskOrderFragment;
export type DeskOrderRow = DeskOrderRowFragment;
export type DeskOrderPage = ListOrdersQuery['listOrders'];
export type DeskOrderEvent = DeskOrderFragment['history'][number];
