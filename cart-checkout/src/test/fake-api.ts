/**
 * A stand-in for the API: the books getBook knows and processOrder's answers. Tests mock the modules with it:
 *   jest.mock('../api/books', () => jest.requireActual('../test/fake-api').fakeBooksModule);
 *   jest.mock('../api/orders', () => jest.requireActual('../test/fake-api').fakeOrdersModule);
 * (requireActual because jest hoists the mocks above the imports; it returns the instance the test imports.)
 */
import { priceOrder } from '@folio/contract/rules/price-order';
import type { CartBookData } from '@folio/contract/documents/cart';
import type { OrderDetail } from '@folio/contract/documents/orders';
import type { ProcessOrderInput } from '@folio/contract/generated/operations';
import { ApiError } from '@folio/config/web/api-error';

const books = new Map<string, CartBookData>();

export const fakeBooksModule = {
  getCartBook: jest.fn(async (id: string) => books.get(id) ?? null),
};

export const fakeOrdersModule = {
  processOrder: jest.fn(async (input: ProcessOrderInput): Promise<OrderDetail> => orderFor(input)),
  getOrder: jest.fn(async (_id: string): Promise<OrderDetail | null> => null),
};

export function setApiBooks(...list: CartBookData[]): void {
  for (const book of list) books.set(book.id, book);
}

export function resetFakeApi(): void {
  books.clear();
  fakeBooksModule.getCartBook.mockImplementation(async (id: string) => books.get(id) ?? null);
  fakeOrdersModule.processOrder.mockImplementation(async (input: ProcessOrderInput) => orderFor(input));
  fakeOrdersModule.getOrder.mockImplementation(async () => null);
}

/** The order processOrder would return: priced from the books the API knows. */
export function orderFor(input: ProcessOrderInput, id = 'order-1'): OrderDetail {
  const items = input.items.map(({ bookId, quantity }) => {
    const book = books.get(bookId);
    return { bookId, title: book?.title ?? bookId, unitPriceCents: book?.priceCents ?? 0, quantity };
  });
  return {
    id,
    items,
    totalCents: priceOrder(items).totalCents,
    currency: 'USD',
    status: 'PAID',
    paymentIntentId: `pi_${id}`,
    shippingAddress: { ...input.shippingAddress, line2: input.shippingAddress.line2 ?? null },
    createdAt: '2026-03-01T10:00:00.000Z',
    refundedCents: 0,
    updatedAt: '2026-03-01T10:00:00.000Z',
    shipment: null,
    history: [],
  };
}

/** An error as AppSync sends it through Amplify: `{ errors: [{ message, errorType, errorInfo }] }`. */
export const graphqlError = (errorType: string, message: string, errorInfo?: Record<string, unknown>) =>
  new ApiError(message, errorType, errorInfo);
