/**
 * The Lambda handlers the local stack runs in-process. Imported statically so any loader that compiles
 * this file (tsx, jest) compiles them too; on AWS each is bundled on its own from its folder.
 */
import type { LambdaDef } from '../graphql/api';
import { handler as writeBook } from '../functions/write-book/handler';
import { handler as searchBooks } from '../functions/search-books/handler';
import { handler as createCoverUpload } from '../functions/create-cover-upload/handler';
import { handler as makePayment } from '../functions/make-payment/handler';
import { handler as createOrder } from '../functions/create-order/handler';
import { handler as changeOrder } from '../functions/change-order/handler';
import { handler as listOrders } from '../functions/list-orders/handler';
import { handler as sendOrderEmail } from '../functions/send-order-email/handler';

export type Handler = (event: never) => Promise<unknown>;

export const HANDLERS: Record<LambdaDef['dir'], Handler> = {
  'write-book': writeBook,
  'search-books': searchBooks,
  'create-cover-upload': createCoverUpload,
  'make-payment': makePayment,
  'create-order': createOrder,
  'change-order': changeOrder,
  'list-orders': listOrders,
  'send-order-email': sendOrderEmail,
};
