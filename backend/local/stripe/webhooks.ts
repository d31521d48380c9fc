// Webhook events, as Stripe sends them: a JSON Event POSTed to the endpoint with
// `Stripe-Signature: t=<unix>,v1=<HMAC-SHA256 of "<t>.<body>" with the endpoint's secret>`, retried with
// back-off until the endpoint answers 2xx (Stripe keeps trying for 3 days; here the delays are short and
// configurable). Only the event types the endpoint enabled are sent.
import { createHmac } from 'node:crypto';
import { randomId } from './ids';
import { snapshot, type PaymentIntent } from './payment-intent-object';

export interface WebhookEndpoint {
  url: string;
  /** The endpoint's signing secret (`whsec_…`). */
  secret: string;
  /** Event types to send; default every type. */
  enabledEvents?: string[];
  /** Wait before each retry; default 1 s, 2 s, 4 s, 8 s, 16 s, 32 s, then give up. */
  retryDelaysMs?: number[];
  /** Wait before the first delivery, as Stripe's take a moment; default 1 s. */
  deliveryDelayMs?: number;
}

export interface StripeEvent {
  id: string;
  object: 'event';
  api_version: string;
  created: number;
  data: { object: unknown };
  livemode: false;
  pending_webhooks: number;
  request: { id: null; idempotency_key: null };
  type: string;
}

export const signature = (secret: string, payload: string, timestamp = Math.floor(Date.now() / 1000)): string =>
  `t=${timestamp},v1=${createHmac('sha256', secret).update(`${timestamp}.${payload}`).digest('hex')}`;

const DEFAULT_RETRIES = [1_000, 2_000, 4_000, 8_000, 16_000, 32_000];

export class WebhookSender {
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly inFlight = new Set<Promise<void>>();
  private closed = false;

  constructor(
    private readonly endpoint: WebhookEndpoint | undefined,
    private readonly log?: (line: string) => void,
  ) {}

  /** Queue an event about an object as it is now; delivery never delays the API answer. */
  emit(type: string, object: unknown): void {
    const endpoint = this.endpoint;
    if (!endpoint || this.closed) return;
    if (endpoint.enabledEvents && !endpoint.enabledEvents.includes(type)) return;
    const event: StripeEvent = {
      id: `evt_${randomId(24)}`,
      object: 'event',
      api_version: '2026-10-28.endive',
      created: Math.floor(Date.now() / 1000),
      data: { object: snapshot(object) },
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type,
    };
    this.schedule(endpoint, event, 0, endpoint.deliveryDelayMs ?? 1_000);
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    await Promise.allSettled([...this.inFlight]);
  }

  private schedule(endpoint: WebhookEndpoint, event: StripeEvent, attempt: number, delayMs: number): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      const sending = this.deliver(endpoint, event, attempt);
      this.inFlight.add(sending);
      void sending.finally(() => this.inFlight.delete(sending));
    }, delayMs);
    this.timers.add(timer);
  }

  private async deliver(endpoint: WebhookEndpoint, event: StripeEvent, attempt: number): Promise<void> {
    const payload = JSON.stringify(event, null, 2);
    let outcome: string;
    try {
      const res = await fetch(endpoint.url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json; charset=utf-8',
          'stripe-signature': signature(endpoint.secret, payload),
          'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
        },
        body: payload,
        signal: AbortSignal.timeout(10_000),
      });
      await res.arrayBuffer();
      if (res.ok) return;
      outcome = `HTTP ${res.status}`;
    } catch (error) {
      outcome = (error as Error).message;
    }
    const delays = endpoint.retryDelaysMs ?? DEFAULT_RETRIES;
    if (this.closed) return;
    if (attempt >= delays.length) {
      this.log?.(`stripe emulator: gave up on ${event.type} ${event.id} after ${attempt + 1} attempts (${outcome})`);
      return;
    }
    this.log?.(`stripe emulator: ${event.type} ${event.id} not delivered (${outcome}); retrying`);
    this.schedule(endpoint, event, attempt + 1, delays[attempt]);
  }
}

/** The events a change of a PaymentIntent's state means, as Stripe names them. */
export function intentEvents(before: PaymentIntent, after: PaymentIntent): string[] {
  const events: string[] = [];
  const failure = (pi: PaymentIntent) => JSON.stringify(pi.last_payment_error);
  if (before.status === after.status && failure(before) === failure(after)) return events;
  if (after.status === 'requires_action') events.push('payment_intent.requires_action');
  if (after.status === 'requires_capture') events.push('payment_intent.amount_capturable_updated');
  if (after.status === 'succeeded') events.push('payment_intent.succeeded');
  if (after.status === 'canceled') events.push('payment_intent.canceled');
  if (after.status === 'requires_payment_method' && after.last_payment_error) {
    events.push('payment_intent.payment_failed');
  }
  return events;
}
