/**
 * The scheduled sweep (CDK: an EventBridge rule; locally a timer in the stack): every authorised payment older
 * than RECONCILE_GRACE_SECONDS without its order becomes that order or is released (payments/sweep.ts).
 */
import { sweepAuthorisations } from '../../payments/sweep';
import { optionalEnv } from '../shared/env';
import { stripe } from '../shared/stripe';

/** Longer than processOrder can take (AppSync's 30 s), so the sweep never races a request in progress. */
export const DEFAULT_GRACE_SECONDS = 45;

export async function handler(): Promise<Record<string, number>> {
  const graceSeconds = Number(optionalEnv('RECONCILE_GRACE_SECONDS') ?? DEFAULT_GRACE_SECONDS);
  const counts = await sweepAuthorisations(await stripe(), { graceSeconds });
  if (counts.ordered || counts.released) console.log('reconcile-payments:', JSON.stringify(counts));
  return counts;
}
