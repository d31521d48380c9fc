/** What the Pay button needs from the payment section, whichever it shows: a Stripe payment method id. */
export interface PaymentSource {
  /** Makes (or names) the payment method; throws PaymentFormError with words for the customer if it cannot. */
  createPaymentMethod(): Promise<string>;
}
