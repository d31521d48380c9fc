/**
 * Placing the order: ONE processOrder call per Pay, with the attempt's idempotency key (attempt.ts). A second Pay
 * while one is running does nothing (the button is disabled too, but a double click can land before React
 * re-renders). The cart is cleared only once processOrder has returned the order; after a failure it is intact.
 * A card that asks for 3-D Secure is authenticated on the way (pay-with-challenge.ts), still busy meanwhile.
 */
import { useCallback, useRef, useState } from 'react';
import type { OrderDetail } from '@folio/contract/documents/orders';
import type { AddressInput } from '@folio/contract/generated/operations';
import { useCartStore } from '../cart/store';
import { attemptFailed, beginAttempt, endAttempt, type CheckoutAttempt, type OrderLineInput } from './attempt';
import { describeOrderError, type CheckoutProblem } from './order-errors';
import { payWithChallenge } from './pay-with-challenge';
import type { PaymentSource } from './payment/payment-source';

export interface PlaceOrderRequest {
  items: OrderLineInput[];
  address: AddressInput;
  payment: PaymentSource;
  /** Titles for error messages that name a book by id. */
  titleOf(bookId: string): string | undefined;
}

export type PlaceOrderStatus = 'idle' | 'paying' | 'authenticating' | 'placed';

export function usePlaceOrder(customerId: string) {
  const [status, setStatus] = useState<PlaceOrderStatus>('idle');
  const [problem, setProblem] = useState<CheckoutProblem | null>(null);
  // Set synchronously on the first click, before any re-render: the guard against a double click.
  const busy = useRef(false);

  const placeOrder = useCallback(
    async ({ items, address, payment, titleOf }: PlaceOrderRequest): Promise<OrderDetail | null> => {
      if (busy.current) return null;
      busy.current = true;
      setStatus('paying');
      setProblem(null);
      let attempt: CheckoutAttempt | undefined;
      try {
        const paymentMethodId = await payment.createPaymentMethod();
        attempt = beginAttempt(customerId, items, address);
        const order = await payWithChallenge(
          { idempotencyKey: attempt.key, items, paymentMethodId, shippingAddress: address },
          payment,
          () => setStatus('authenticating'),
        );
        endAttempt(customerId);
        useCartStore.getState().clear();
        // Stays busy: the page moves on to the confirmation, and nothing may be paid twice on the way.
        setStatus('placed');
        return order;
      } catch (error) {
        if (attempt) attemptFailed(customerId, attempt);
        setProblem(describeOrderError(error, titleOf));
        setStatus('idle');
        busy.current = false;
        return null;
      }
    },
    [customerId],
  );

  return { status, problem, placeOrder, dismissProblem: useCallback(() => setProblem(null), []) };
}
