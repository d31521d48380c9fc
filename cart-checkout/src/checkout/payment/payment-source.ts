/** What the Pay button needs from the payment section, whichever it shows: a Stripe payment method id. */
export interface PaymentSource {
  /** Makes (or names) the payment method; throws PaymentFormError with words for the customer if it cannot. */
  createPaymentMethod(): Promise<string>;
  /**
   * Shows the card's 3-D Secure challenge (processOrder answered PaymentActionRequired) and says how it ended:
   * `closed` when the customer left it unanswered.
   */
  authenticate(action: PaymentAction): Promise<ChallengeOutcome>;
}

/** processOrder's PaymentActionRequired errorInfo. */
export interface PaymentAction {
  clientSecret: string;
  paymentIntentId: string;
}

export type ChallengeOutcome = 'complete' | 'fail' | 'closed';
