/**
 * The cart's read (cart-checkout remote): what a cart line shows about its book, read fresh (prices and stock change).
 */
import type { GetCartBookQuery, GetCartBookQueryVariables } from '../generated/operations';
import type { TypedDocument } from './typed-document';

export const GET_CART_BOOK = <TypedDocument<GetCartBookQuery, GetCartBookQueryVariables>>/* GraphQL */ `
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

export type CartBookData = NonNullable<GetCartBookQuery['getBook']>;
