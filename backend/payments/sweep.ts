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

/** Statuses an intent never leaves: one listed in them needs no later sweep. */
const FINAL = new Set<Stripe.PaymentIntent.Status>(['succeeded', 'canceled']);

/**
 * Per process (a warm Lambda, the local stack): every intent created before this second was final when a sweep
 * listed it, so later sweeps start here instead of listing a week of settled payments each time. A cold start
 * lists the whole window again, which is only slower.
 */
let openSince: number | undefined;

export async function sweepAuthorisations(
  client: Stripe,
  { graceSeconds, now = Math.floor(Date.now() / 1000) }: SweepOptions,
): Promise<Record<Reconciled, number>> {
  const counts: Record<Reconciled, number> = { 'not-authorised': 0, ordered: 0, released: 0 };
  const created = {
    gte: Math.max(now - AUTHORISATION_LIFETIME_SECONDS, openSince ?? 0),
    lte: now - graceSeconds,
  };
  // The boundary second is listed again: an intent made later in it was not in this list.
  let oldestOpen = created.lte;
  for await (const intent of client.paymentIntents.list({ created, limit: 100 })) {
    // Not final (authentication still to come, or authorised now): listed again next time, even once
    // reconciled here, until a sweep sees it succeeded or cancelled.
    if (!FINAL.has(intent.status)) oldestOpen = Math.min(oldestOpen, intent.created);
    if (intent.status !== 'requires_capture' || !intent.metadata?.attemptId) continue;
    counts[await reconcileIntent(client, intent.id)] += 1;
  }
  openSince = Math.max(openSince ?? 0, Math.min(oldestOpen, created.lte));
  return counts;
}
