/** Fresh display data of a cart line's book (as the signed-in customer when there is one, else as a guest). */
import { graphql } from '@folio/config/web/graphql';
import { GET_CART_BOOK, type CartBookData } from '@folio/contract/documents/cart';

export async function getCartBook(id: string): Promise<CartBookData | null> {
  const data = await graphql({ query: GET_CART_BOOK, variables: { id } });
  return data.getBook ?? null;
}
