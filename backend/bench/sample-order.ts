/** The processOrder call the benchmarks make: one copy of one book, paid with the Visa test card. */
import { randomUUID } from 'node:crypto';
import type { TypedDocument } from '@folio/contract/documents/typed-document';
import type {
  BenchProcessOrderMutation,
  BenchProcessOrderMutationVariables,
} from '@folio/contract/generated/operations';

export const ORDER = <TypedDocument<BenchProcessOrderMutation, BenchProcessOrderMutationVariables>>/* GraphQL */ `
  mutation BenchProcessOrder($input: ProcessOrderInput!) {
    processOrder(input: $input) {
      id
      totalCents
      paymentIntentId
      items {
        bookId
        quantity
        unitPriceCents
      }
    }
  }
`;

const address = { name: 'Bench', line1: '1 Road', city: 'Town', postalCode: '1000', country: 'GB' };

/** A fresh checkout (new idempotency key) of one copy of `bookId`. */
export const orderInput = (bookId: string): BenchProcessOrderMutationVariables => ({
  input: {
    idempotencyKey: randomUUID(),
    paymentMethodId: 'pm_card_visa',
    shippingAddress: address,
    items: [{ bookId, quantity: 1 }],
  },
});
