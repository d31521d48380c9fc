/** The account app's GraphQL documents (checked against backend/graphql/schema.graphql by graphql.contract.test.ts). */

/** A page of the signed-in customer's orders, newest first: what the order list shows. */
export const MY_ORDERS = /* GraphQL */ `
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

/** One order with everything the order page shows; null when it is not the caller's. */
export const GET_ORDER = /* GraphQL */ `
  query GetOrder($id: ID!) {
    getOrder(id: $id) {
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
    }
  }
`;
