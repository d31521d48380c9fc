/** Who is calling, as far as the emulator cares. */
export interface RequestContext {
  /** `Stripe-Account` header, or `acct_default`; objects are scoped to it. */
  account: string;
  /** Headers passed to stripe-stateful-mock (Authorization, Stripe-Account; never Idempotency-Key). */
  forward: Record<string, string>;
  /** The caller's Stripe-Version header, if any (the SDK always sends one). */
  stripeVersion?: string;
}

/** Whether the caller's API version is at least `date` (no header: the newest behaviour). */
export function apiVersionAtLeast(ctx: RequestContext, date: string): boolean {
  return (ctx.stripeVersion ?? '9999') >= date;
}
