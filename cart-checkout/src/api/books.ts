/** Fresh display data of a cart line's book. */
import { GET_CART_BOOK } from './graphql';
import { runGraphql, signedInAuthMode } from './client';
import type { CartBookData } from './types';

export async function getCartBook(id: string): Promise<CartBookData | null> {
  const data = await runGraphql<{ getBook: CartBookData | null }>(GET_CART_BOOK, { id }, await signedInAuthMode());
  return data.getBook;
}
