/**
 * The Stripe emulator's challenge page reports its outcome with postMessage to the page that frames it. Any
 * window can post a message, so only one from the emulator's origin about the payment being authenticated counts.
 */
export type ChallengeResult = 'complete' | 'fail';

export const CHALLENGE_MESSAGE_TYPE = 'stripe-3ds-result';

export function challengeResultOf(
  event: Pick<MessageEvent, 'origin' | 'data'>,
  emulatorOrigin: string,
  paymentIntentId: string,
): ChallengeResult | null {
  if (event.origin !== emulatorOrigin) return null;
  const data: unknown = event.data;
  if (typeof data !== 'object' || data === null) return null;
  const message = data as { type?: unknown; paymentIntentId?: unknown; outcome?: unknown };
  if (message.type !== CHALLENGE_MESSAGE_TYPE || message.paymentIntentId !== paymentIntentId) return null;
  return message.outcome === 'complete' || message.outcome === 'fail' ? message.outcome : null;
}

/** The emulator's challenge page for one PaymentIntent. */
export function challengeUrl(emulatorOrigin: string, paymentIntentId: string, clientSecret: string): string {
  const url = new URL(`/3ds/${encodeURIComponent(paymentIntentId)}`, emulatorOrigin);
  url.searchParams.set('client_secret', clientSecret);
  return url.toString();
}
