/** Fresh display data of a cart line's book. */
import { GET_CART_BOOK, type CartBookData } from '@folio/contract/documents/cart';
import type { GetCartBookQuery } from '@folio/contract/generated/operations';
import { runGraphql, signedInAuthMode } from './client';

export async function getCartBook(id: string): Promise<CartBookData | null> {
  const data = await runGraphql<GetCartBookQuery>(GET_CART_BOOK, { id }, await signedInAuthMode());
  return data.getBook;
}
