// Stripe's test PaymentMethods (`pm_card_*`, https://docs.stripe.com/testing)
// mapped onto the card tokens stripe-stateful-mock understands (`tok_*`, see
// its src/api/cards.ts and src/api/charges.ts). Charges are created in the mock
// with `source: <token>`, so declines, risk levels and disputes come from it.

export interface DeclineOverride {
  code: string;
  decline_code?: string;
  message: string;
}

export interface TestCard {
  /** stripe-stateful-mock source token used to create the charge. */
  token: string;
  brand: 'visa' | 'mastercard' | 'amex';
  last4: string;
  funding: 'credit' | 'debit' | 'prepaid';
  country: string;
  /** The mock has no token for this decline: charge with `token` and report this instead. */
  decline?: DeclineOverride;
  /** 3-D Secure card: confirmation stops at `requires_action` (never charged). */
  requiresAction?: boolean;
}

const visa = (token: string, last4: string, extra: Partial<TestCard> = {}): TestCard => ({
  token,
  brand: 'visa',
  last4,
  funding: 'credit',
  country: 'US',
  ...extra,
});

const declined = (decline_code: string, last4: string): TestCard =>
  visa('tok_chargeDeclined', last4, {
    decline: { code: 'card_declined', decline_code, message: 'Your card was declined.' },
  });

const CARDS: Record<string, TestCard> = {
  pm_card_visa: visa('tok_visa', '4242'),
  pm_card_visa_debit: visa('tok_visa_debit', '5556', { funding: 'debit' }),
  pm_card_mastercard: { token: 'tok_mastercard', brand: 'mastercard', last4: '4444', funding: 'credit', country: 'US' },
  pm_card_mastercard_debit: {
    token: 'tok_mastercard_debit',
    brand: 'mastercard',
    last4: '3222',
    funding: 'debit',
    country: 'US',
  },
  pm_card_mastercard_prepaid: {
    token: 'tok_mastercard_prepaid',
    brand: 'mastercard',
    last4: '5100',
    funding: 'prepaid',
    country: 'US',
  },
  pm_card_amex: { token: 'tok_amex', brand: 'amex', last4: '8431', funding: 'credit', country: 'US' },
  pm_card_ca: visa('tok_ca', '0000', { country: 'CA' }),

  pm_card_chargeDeclined: visa('tok_chargeDeclined', '0002'),
  pm_card_chargeDeclinedInsufficientFunds: visa('tok_chargeDeclinedInsufficientFunds', '9995'),
  pm_card_chargeDeclinedFraudulent: visa('tok_chargeDeclinedFraudulent', '0019'),
  pm_card_chargeDeclinedIncorrectCvc: visa('tok_chargeDeclinedIncorrectCvc', '0127'),
  pm_card_chargeDeclinedExpiredCard: visa('tok_chargeDeclinedExpiredCard', '0069'),
  pm_card_chargeDeclinedProcessingError: visa('tok_chargeDeclinedProcessingError', '0119'),
  pm_card_chargeDeclinedLostCard: declined('lost_card', '9987'),
  pm_card_chargeDeclinedStolenCard: declined('stolen_card', '9979'),
  pm_card_chargeDeclinedVelocityLimitExceeded: declined('card_velocity_exceeded', '6975'),
  pm_card_chargeCustomerFail: visa('tok_chargeCustomerFail', '0341'),
  pm_card_radarBlock: visa('tok_chargeDeclinedFraudulent', '0019'),
  pm_card_riskLevelElevated: visa('tok_riskLevelElevated', '9235'),

  pm_card_createDispute: visa('tok_createDispute', '0259'),
  pm_card_createDisputeProductNotReceived: visa('tok_createDisputeProductNotReceived', '2685'),
  pm_card_createDisputeInquiry: visa('tok_createDisputeInquiry', '1976'),

  pm_card_threeDSecure2Required: visa('tok_visa', '3155', { requiresAction: true }),
  pm_card_authenticationRequired: visa('tok_visa', '3184', { requiresAction: true }),
};

// Stripe documents most declines as `pm_card_visa_chargeDeclined*`; both spellings work there.
for (const name of Object.keys(CARDS)) {
  if (name.startsWith('pm_card_chargeDeclined')) CARDS[name.replace('pm_card_', 'pm_card_visa_')] = CARDS[name];
}

// Short aliases for tests and seed data (not Stripe names).
const ALIASES: Record<string, string> = {
  pm_card_declined: 'pm_card_chargeDeclined',
  pm_card_insufficientFunds: 'pm_card_chargeDeclinedInsufficientFunds',
  pm_card_fraudulent: 'pm_card_chargeDeclinedFraudulent',
  pm_card_incorrectCvc: 'pm_card_chargeDeclinedIncorrectCvc',
  pm_card_expiredCard: 'pm_card_chargeDeclinedExpiredCard',
  pm_card_processingError: 'pm_card_chargeDeclinedProcessingError',
  pm_card_lostCard: 'pm_card_chargeDeclinedLostCard',
  pm_card_stolenCard: 'pm_card_chargeDeclinedStolenCard',
};
for (const [alias, target] of Object.entries(ALIASES)) CARDS[alias] = CARDS[target];

export function testCard(paymentMethodId: string): TestCard | undefined {
  return Object.prototype.hasOwnProperty.call(CARDS, paymentMethodId) ? CARDS[paymentMethodId] : undefined;
}

export const TEST_PAYMENT_METHODS: readonly string[] = Object.keys(CARDS).sort();
