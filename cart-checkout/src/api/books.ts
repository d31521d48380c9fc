/** Fresh display data of a cart line's book (as the signed-in customer when there is one, else as a guest). */
import { GET_CART_BOOK } from './graphql';
import { graphql } from '@folio/config/web/graphql';
import type { CartBookData } from './types';

export async function getCartBook(id: string): Promise<CartBookData | null> {
  const data = await graphql<{ getBook: CartBookData | null }>({ query: GET_CART_BOOK, variables: { id } });
  return data.getBook;
}
