/**
 * The backstop for lost webhooks: every authorised (requires_capture) PaymentIntent older than the grace
 * period is reconciled. The grace leaves the customer's own processOrder to finish first; the window ends
 * where card authorisations do (7 days).
 */
import type Stripe from 'stripe';
import { reconcileIntent, type Reconciled } from './reconcile';

export interface SweepOptions {
  /** Leave intents younger than this to the request that made them. */
  graceSeconds: number;
  now?: number;
}

const AUTHORISATION_LIFETIME_SECONDS = 7 * 24 * 3600;

export async function sweepAuthorisations(
  client: Stripe,
  { graceSeconds, now = Math.floor(Date.now() / 1000) }: SweepOptions,
): Promise<Record<Reconciled, number>> {
  const counts: Record<Reconciled, number> = { 'not-authorised': 0, ordered: 0, released: 0 };
  const created = { gte: now - AUTHORISATION_LIFETIME_SECONDS, lte: now - graceSeconds };
  for await (const intent of client.paymentIntents.list({ created, limit: 100 })) {
    if (intent.status !== 'requires_capture' || !intent.metadata?.attemptId) continue;
    counts[await reconcileIntent(client, intent.id)] += 1;
  }
  return counts;
}
