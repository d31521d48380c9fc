/**
 * processOrder, step 1: check the lines against DynamoDB, price them there, and authorise the total with a
 * Stripe PaymentIntent (manual capture: nothing is charged until createOrder has written the order).
 */
import { createHash } from 'node:crypto';
import { BatchGetCommand } from '@aws-sdk/lib-dynamodb';
import Stripe from 'stripe';
import { priceOrder } from '@folio/contract/rules/price-order';
import type { BookItem } from '../../catalog/book-store';
import { checkOrderInput, orderIdFor, type OrderInput } from '../../orders/order-input';
import type { Order, OrderLine, PaymentOutcome } from '../../orders/order';
import { ddb } from '../shared/aws';
import { env } from '../shared/env';
import type { ResolverEvent } from '../shared/event';
import { AppError, asResult, type LambdaResult } from '../shared/result';
import { stripe } from '../shared/stripe';

type Args = { input?: unknown };

interface Reads {
  order: Order | undefined;
  books: Map<string, BookItem>;
}

/** The order (if this key already made one) and the books, in one consistent BatchGetItem. */
async function read(orderId: string, input: OrderInput): Promise<Reads> {
  const books = env('BOOKS_TABLE');
  const orders = env('ORDERS_TABLE');
  const out = await ddb().send(
    new BatchGetCommand({
      RequestItems: {
        [orders]: { Keys: [{ id: orderId }], ConsistentRead: true },
        [books]: { Keys: input.items.map(({ bookId }) => ({ id: bookId })), ConsistentRead: true },
      },
    }),
  );
  if (Object.keys(out.UnprocessedKeys ?? {}).length) throw new Error('Books could not be read; try again');
  return {
    order: out.Responses?.[orders]?.[0] as Order | undefined,
    books: new Map((out.Responses?.[books] ?? []).map((b) => [b.id as string, b as BookItem])),
  };
}

function priceLines(input: OrderInput, books: Map<string, BookItem>): OrderLine[] {
  const missing = input.items.filter((l) => !books.has(l.bookId)).map((l) => l.bookId);
  if (missing.length) throw new AppError('NotFound', `No such book: ${missing.join(', ')}`, { bookIds: missing });
  const short = input.items.filter((l) => books.get(l.bookId)!.stock < l.quantity);
  if (short.length) {
    const detail = short.map((l) => ({
      bookId: l.bookId,
      title: books.get(l.bookId)!.title,
      available: books.get(l.bookId)!.stock,
    }));
    throw new AppError(
      'OutOfStock',
      `Not enough stock: ${detail.map((d) => `${d.title} (${d.available} left)`).join(', ')}`,
      { lines: detail },
    );
  }
  return input.items.map(({ bookId, quantity }) => {
    const book = books.get(bookId)!;
    return { bookId, title: book.title, unitPriceCents: book.priceCents, quantity };
  });
}

/**
 * Stripe idempotency keys derive from the order (customer + idempotencyKey) and the card, so a repeat or
 * concurrent call gets the same PaymentIntent while another card after a decline gets a new one.
 */
export const authoriseKey = (orderId: string, paymentMethodId: string, after?: string) =>
  `folio-${orderId}-${createHash('sha256').update(paymentMethodId).digest('hex').slice(0, 16)}${after ? `-after-${after}` : ''}`;

async function createIntent(
  client: Stripe,
  orderId: string,
  customerId: string,
  totalCents: number,
  input: OrderInput,
  idempotencyKey: string,
) {
  return client.paymentIntents.create(
    {
      amount: totalCents,
      currency: env('CURRENCY').toLowerCase(),
      payment_method: input.paymentMethodId,
      // Server-side confirmation with no redirect-based methods, so no return_url is needed.
      automatic_payment_methods: { enabled: true, allow_redirects: 'never' },
      capture_method: 'manual',
      confirm: true,
      description: `Folio order ${orderId}`,
      metadata: { orderId, customerId },
    },
    { idempotencyKey },
  );
}

async function authorise(
  orderId: string,
  customerId: string,
  totalCents: number,
  input: OrderInput,
): Promise<Stripe.PaymentIntent> {
  const client = await stripe();
  try {
    let intent = await createIntent(
      client,
      orderId,
      customerId,
      totalCents,
      input,
      authoriseKey(orderId, input.paymentMethodId),
    );
    // A replay shows the intent as it was; if an earlier attempt's intent was cancelled because its order
    // failed, this retry needs a fresh one (keyed on the cancelled one, so concurrent retries still agree).
    for (let hops = 0; intent.lastResponse?.headers?.['idempotent-replayed'] === 'true' && hops < 5; hops += 1) {
      const current = await client.paymentIntents.retrieve(intent.id);
      if (current.status !== 'canceled') return current;
      intent = await createIntent(
        client,
        orderId,
        customerId,
        totalCents,
        input,
        authoriseKey(orderId, input.paymentMethodId, current.id),
      );
    }
    return intent;
  } catch (error) {
    if (error instanceof Stripe.errors.StripeCardError) {
      throw new AppError('PaymentDeclined', error.message || 'Your card was declined', {
        code: error.code,
        declineCode: error.decline_code,
      });
    }
    if (error instanceof Stripe.errors.StripeInvalidRequestError && /payment_method/.test(error.param ?? '')) {
      throw new AppError('ValidationError', 'The payment method is not valid', {
        fields: { paymentMethodId: error.message },
      });
    }
    if (error instanceof Stripe.errors.StripeError) {
      console.error('makePayment: Stripe error', error.type, error.code, error.message);
      throw new AppError(
        'PaymentUnavailable',
        'Payment could not be processed right now; you have not been charged. Please try again.',
      );
    }
    throw error;
  }
}

export async function makePayment(event: ResolverEvent<Args>): Promise<PaymentOutcome> {
  const customerId = event.identity?.sub;
  if (!customerId) throw new AppError('Unauthorized', 'Sign in to place an order');
  const input = checkOrderInput(event.arguments.input);
  const orderId = orderIdFor(customerId, input.idempotencyKey);
  const { order, books } = await read(orderId, input);
  if (order) return { existingOrder: order };
  const items = priceLines(input, books);
  const { totalCents } = priceOrder(items);
  const intent = await authorise(orderId, customerId, totalCents, input);
  if (intent.status !== 'requires_capture' && intent.status !== 'succeeded') {
    throw new AppError('PaymentDeclined', `The payment was not authorised (${intent.status})`);
  }
  return {
    pending: {
      id: orderId,
      customerId,
      items,
      totalCents,
      currency: env('CURRENCY'),
      paymentIntentId: intent.id,
      shippingAddress: input.shippingAddress,
    },
  };
}

export async function handler(event: ResolverEvent<Args>): Promise<LambdaResult<PaymentOutcome>> {
  return asResult(() => makePayment(event));
}
