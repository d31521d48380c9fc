/**
 * Stripe.js, loaded only when checkout shows the card form, through `@stripe/stripe-js/pure` (importing the main
 * entry would inject the script on every page). Offline it rejects in ~0.1 s (measured); a failed load is
 * forgotten so a later visit tries again.
 */
import { loadStripe } from '@stripe/stripe-js/pure';
import type { Stripe } from '@stripe/stripe-js';

const loads = new Map<string, Promise<Stripe>>();

export function loadStripeOnce(publishableKey: string): Promise<Stripe> {
  let load = loads.get(publishableKey);
  if (!load) {
    load = loadStripe(publishableKey).then((stripe) => {
      if (!stripe) throw new Error('Stripe.js is not available here');
      return stripe;
    });
    load.catch(() => loads.delete(publishableKey));
    loads.set(publishableKey, load);
  }
  return load;
}
