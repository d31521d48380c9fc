/**
 * cart-checkout's GraphQL documents. Each exported string is checked against backend/graphql/schema.graphql by
 * src/graphql.contract.test.ts. Orders carry ids and quantities only: the server prices them (docs/CONTRACT.md).
 */

/** What a cart line shows about its book, read fresh (prices and stock change). */
export const GET_CART_BOOK = /* GraphQL */ `
  query GetCartBook($id: ID!) {
    getBook(id: $id) {
      id
      title
      author
      priceCents
      currency
      stock
      coverKey
    }
  }
`;

const ORDER_FIELDS = /* GraphQL */ `
  fragment CheckoutOrder on Order {
    id
    items {
      bookId
      title
      unitPriceCents
      quantity
    }
    totalCents
    currency
    status
    shippingAddress {
      name
      line1
      line2
      city
      postalCode
      country
    }
    createdAt
  }
`;

export const PROCESS_ORDER = /* GraphQL */ `
  mutation ProcessOrder($input: ProcessOrderInput!) {
    processOrder(input: $input) {
      ...CheckoutOrder
    }
  }
  ${ORDER_FIELDS}
`;

export const GET_ORDER = /* GraphQL */ `
  query GetCheckoutOrder($id: ID!) {
    getOrder(id: $id) {
      ...CheckoutOrder
    }
  }
  ${ORDER_FIELDS}
`;
