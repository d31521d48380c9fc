/**
 * Stripe's test payment methods (https://docs.stripe.com/testing) offered in local mode, where Stripe.js is not
 * used: the local Stripe emulator (backend/local/stripe) and Stripe's test mode both know them.
 */
export interface TestPaymentMethod {
  id: string;
  label: string;
  detail: string;
  /** Asks for 3-D Secure: processOrder answers PaymentActionRequired until the customer completes it. */
  challenge?: boolean;
}

export const TEST_PAYMENT_METHODS: readonly TestPaymentMethod[] = [
  { id: 'pm_card_visa', label: 'Visa — succeeds', detail: 'Card ending 4242' },
  { id: 'pm_card_mastercard', label: 'Mastercard — succeeds', detail: 'Card ending 4444' },
  { id: 'pm_card_amex', label: 'American Express — succeeds', detail: 'Card ending 8431' },
  {
    id: 'pm_card_authenticationRequired',
    label: '3-D Secure — asks to confirm',
    detail: 'Authentication required on every payment, card ending 3184',
    challenge: true,
  },
  {
    id: 'pm_card_threeDSecure2Required',
    label: '3-D Secure 2 — asks to confirm',
    detail: '3DS2 authentication required, card ending 3220',
    challenge: true,
  },
  { id: 'pm_card_chargeDeclined', label: 'Declined', detail: 'Generic decline, card ending 0002' },
  { id: 'pm_card_chargeDeclinedInsufficientFunds', label: 'Insufficient funds', detail: 'Declined, card ending 9995' },
  { id: 'pm_card_chargeDeclinedExpiredCard', label: 'Expired card', detail: 'Declined, card ending 0069' },
  { id: 'pm_card_chargeDeclinedIncorrectCvc', label: 'Incorrect CVC', detail: 'Declined, card ending 0127' },
  { id: 'pm_card_chargeDeclinedProcessingError', label: 'Processing error', detail: 'Declined, card ending 0119' },
];

export const DEFAULT_TEST_PAYMENT_METHOD = 'pm_card_visa';
