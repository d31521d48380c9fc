/**
 * The local stack's half of Stripe events: where the emulator sends them (the gateway's /stripe/webhook, served
 * by the webhook Lambda's handler) and the periodic sweep that stands in for the EventBridge schedule.
 */
import { handler as reconcilePayments } from '../functions/reconcile-payments/handler';
import { handler as stripeWebhook } from '../functions/stripe-webhook/handler';
import { urls, type LocalConfig } from './config';
import type { FunctionUrlHandler } from './gateway';
import type { WebhookEndpoint } from './stripe/webhooks';

/**
 * The one event type the handler acts on; subscribe the deployed endpoint to the same (docs/DEPLOY.md). The
 * emulator sends the other payment_intent.* types too when asked, but each costs the stack a request.
 */
export const WEBHOOK_EVENTS = ['payment_intent.amount_capturable_updated'];

export const webhookEndpoint = (c: LocalConfig): WebhookEndpoint => ({
  url: urls(c).stripeWebhook,
  secret: c.stripeWebhookSecret,
  enabledEvents: WEBHOOK_EVENTS,
});

export const WEBHOOK_PATH = '/stripe/webhook';
export const webhookRoute: FunctionUrlHandler = stripeWebhook;

/** Runs the sweep every period, one at a time; returns its stopper. */
export function startSweeps(c: LocalConfig, log: (line: string) => void): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(() =>
      reconcilePayments().catch((e: unknown) => log(`payment sweep failed: ${(e as Error).message}`)),
    );
  }, c.reconcilePeriodMs);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
