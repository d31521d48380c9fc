// The /v1/payment_intents endpoints. The intent's state lives here; money
// moves in stripe-stateful-mock (charges, captures, refunds):
//
//   requires_payment_method ──(payment_method)──▶ requires_confirmation
//   requires_confirmation ──confirm──▶ succeeded                       (automatic, automatic_async)
//                                   ├▶ requires_capture ──capture──▶ succeeded   (manual)
//                                   ├▶ requires_action                 (3-D Secure test cards)
//   requires_action ──challenge Complete──▶ requires_capture | succeeded; ──Fail──▶ requires_payment_method
//                                   └▶ requires_payment_method + 402   (decline; see confirmation.ts)
//   requires_payment_method | requires_confirmation | requires_action | requires_capture ──cancel──▶ canceled
import {
  ConfirmDeps,
  ConfirmOptions,
  chargeAttempt,
  confirmIntent,
  failAuthentication,
  missingPaymentMethod,
} from './confirmation';
import { RequestContext, apiVersionAtLeast } from './context';
import { StripeApiError, invalidParam, resourceMissing, unexpectedState } from './errors';
import type { FormObject } from './form';
import { isRecord, type MockBackend } from './mock-backend';
import * as P from './params';
import {
  CANCELABLE,
  CANCELLATION_REASONS,
  CAPTURE_METHODS,
  IntentEntry,
  PaymentIntent,
  UPDATABLE,
  newPaymentIntent,
  nowSeconds,
  snapshot,
} from './payment-intent-object';
import type { PaymentMethods } from './payment-methods';
import type { ChallengeOutcome } from './three-d-secure';
import { intentEvents, type WebhookSender } from './webhooks';

export class PaymentIntents {
  private readonly byId = new Map<string, IntentEntry>();
  private readonly ordered: IntentEntry[] = []; // creation order
  private readonly chargeToIntent = new Map<string, string>();
  private readonly locks = new Map<string, Promise<void>>();
  /** Customers the mock has answered for (customerKey), so each is looked up once. */
  private readonly knownCustomers = new Set<string>();
  private readonly confirmDeps: ConfirmDeps;

  constructor(
    private readonly mock: MockBackend,
    private readonly paymentMethods: PaymentMethods,
    publicUrl: () => string,
    private readonly webhooks?: WebhookSender,
  ) {
    this.confirmDeps = {
      mock,
      paymentMethods,
      linkCharge: (charge, intent) => this.chargeToIntent.set(charge, intent),
      publicUrl,
    };
  }

  /** The intent awaiting the 3-D Secure challenge that this client secret belongs to. */
  challengeIntent(id: string, clientSecret: string): PaymentIntent | undefined {
    const entry = this.byId.get(id);
    if (!entry || !clientSecret || entry.pi.client_secret !== clientSecret) return undefined;
    return snapshot(entry.pi);
  }

  /**
   * The customer's answer to the challenge. Complete authorises as Stripe's test mode does (requires_capture
   * for manual capture); Fail leaves requires_payment_method with payment_intent_authentication_failure.
   * Answering again changes nothing: the outcome reported is the intent's.
   */
  async authenticate(
    id: string,
    clientSecret: string,
    outcome: ChallengeOutcome,
  ): Promise<{ id: string; outcome: ChallengeOutcome } | undefined> {
    const entry = this.byId.get(id);
    if (!entry || !clientSecret || entry.pi.client_secret !== clientSecret) return undefined;
    return this.locked(id, async () => {
      const pi = entry.pi;
      if (pi.status === 'requires_action' && entry.pm && entry.challengeContext) {
        if (outcome === 'complete') {
          await chargeAttempt(this.confirmDeps, entry.challengeContext, entry, entry.pm).catch((err: unknown) => {
            if (!(err instanceof StripeApiError && err.status === 402)) throw err;
          });
        } else {
          failAuthentication(entry);
        }
      }
      const authorised = pi.status === 'requires_capture' || pi.status === 'succeeded';
      return { id, outcome: authorised ? 'complete' : 'fail' };
    });
  }

  async create(ctx: RequestContext, p: FormObject): Promise<unknown> {
    const currency = P.currency(p.currency);
    const amount = P.amount(p.amount, currency);
    const confirm = P.bool(p.confirm, 'confirm') ?? false;
    // `payment_method_types` before API 2026-10-28, `allowed_/excluded_payment_method_types` since.
    const allowedTypes = P.stringList(p.allowed_payment_method_types, 'allowed_payment_method_types');
    const excludedTypes = P.stringList(p.excluded_payment_method_types, 'excluded_payment_method_types');
    const types = allowedTypes ?? P.stringList(p.payment_method_types, 'payment_method_types');
    const customer = P.str(p.customer, 'customer') || null;
    const pmId = P.str(p.payment_method, 'payment_method');
    const confirmOptions = this.confirmOptions(p);
    const expand = P.expansions(p.expand);
    if (confirm && !pmId) throw missingPaymentMethod();
    const init = {
      amount,
      currency,
      capture_method:
        P.oneOf(p.capture_method, 'capture_method', CAPTURE_METHODS) ??
        (apiVersionAtLeast(ctx, '2024-04-10') ? 'automatic_async' : 'automatic'),
      confirmation_method:
        P.oneOf(p.confirmation_method, 'confirmation_method', ['automatic', 'manual'] as const) ?? 'automatic',
      metadata: P.applyMetadata({}, P.metadata(p.metadata)),
      description: P.str(p.description, 'description') || null,
      customer,
      allowed_payment_method_types: allowedTypes ?? null,
      excluded_payment_method_types: excludedTypes ?? null,
      payment_method_types: (types ?? ['card']).filter((t) => !excludedTypes?.includes(t)),
      automatic_payment_methods: automaticPaymentMethods(p, types, ctx),
      receipt_email: P.str(p.receipt_email, 'receipt_email') || null,
      setup_future_usage: P.oneOf(p.setup_future_usage, 'setup_future_usage', ['off_session', 'on_session']) ?? null,
      statement_descriptor: P.str(p.statement_descriptor, 'statement_descriptor') || null,
      statement_descriptor_suffix: P.str(p.statement_descriptor_suffix, 'statement_descriptor_suffix') || null,
      transfer_group: P.str(p.transfer_group, 'transfer_group') || null,
    };
    if (customer) await this.requireCustomer(ctx, customer);
    const pm = pmId ? this.paymentMethods.resolve(ctx.account, pmId) : undefined;
    if (pm) this.paymentMethods.checkOwner(pm, customer);

    const pi = newPaymentIntent({ ...init, payment_method: pm ? pm.id : null });
    const entry: IntentEntry = { pi, account: ctx.account, pm };
    this.byId.set(pi.id, entry);
    this.ordered.push(entry);
    this.webhooks?.emit('payment_intent.created', pi);
    if (!confirm) return this.render(ctx, entry, expand);
    return this.locked(pi.id, async () => {
      await confirmIntent(this.confirmDeps, ctx, entry, { ...confirmOptions, pmId: undefined }); // pm already attached
      return this.render(ctx, entry, expand);
    });
  }

  async retrieve(ctx: RequestContext, id: string, p: FormObject): Promise<unknown> {
    return this.render(ctx, this.get(ctx, id), P.expansions(p.expand));
  }

  async update(ctx: RequestContext, id: string, p: FormObject): Promise<unknown> {
    const entry = this.get(ctx, id);
    return this.locked(id, async () => {
      const pi = entry.pi;
      const metadataOnly = Object.keys(p).every((k) =>
        ['metadata', 'description', 'receipt_email', 'expand'].includes(k),
      );
      if (!metadataOnly && !UPDATABLE.includes(pi.status)) {
        throw unexpectedState(
          `You cannot update this PaymentIntent because it has a status of ${pi.status}. Updates are only allowed when the PaymentIntent has a status of ${UPDATABLE.join(', ')}.`,
          { payment_intent: snapshot(pi) },
        );
      }
      const currency = p.currency === undefined ? pi.currency : P.currency(p.currency);
      const amount = p.amount === undefined ? pi.amount : P.amount(p.amount, currency);
      const metadata = P.applyMetadata(pi.metadata, P.metadata(p.metadata));
      const captureMethod = P.oneOf(p.capture_method, 'capture_method', CAPTURE_METHODS) ?? pi.capture_method;
      const description = P.str(p.description, 'description');
      const receiptEmail = P.str(p.receipt_email, 'receipt_email');
      const pmId = P.str(p.payment_method, 'payment_method');
      const pm = pmId ? this.paymentMethods.resolve(ctx.account, pmId) : undefined;
      if (pm) this.paymentMethods.checkOwner(pm, pi.customer);
      Object.assign(pi, { currency, amount, metadata, capture_method: captureMethod });
      if (description !== undefined) pi.description = description || null;
      if (receiptEmail !== undefined) pi.receipt_email = receiptEmail || null;
      if (pm) {
        entry.pm = pm;
        Object.assign(pi, { payment_method: pm.id, next_action: null, status: 'requires_confirmation' });
      }
      return this.render(ctx, entry, P.expansions(p.expand));
    });
  }

  async confirm(ctx: RequestContext, id: string, p: FormObject): Promise<unknown> {
    const entry = this.get(ctx, id);
    const options = this.confirmOptions(p);
    const expand = P.expansions(p.expand);
    return this.locked(id, async () => {
      await confirmIntent(this.confirmDeps, ctx, entry, options);
      return this.render(ctx, entry, expand);
    });
  }

  async capture(ctx: RequestContext, id: string, p: FormObject): Promise<unknown> {
    const entry = this.get(ctx, id);
    const amountToCapture = P.int(p.amount_to_capture, 'amount_to_capture', { min: 1 });
    const metadata = P.metadata(p.metadata);
    return this.locked(id, async () => {
      const pi = entry.pi;
      if (pi.status !== 'requires_capture' || !pi.latest_charge) {
        throw unexpectedState(
          `This PaymentIntent could not be captured because it has a status of ${pi.status}. Only a PaymentIntent with one of the following statuses may be captured: requires_capture.`,
          { payment_intent: snapshot(pi) },
        );
      }
      if (amountToCapture !== undefined && amountToCapture > pi.amount_capturable) {
        throw invalidParam(
          `The amount to capture (${amountToCapture}) must be less than or equal to the amount capturable (${pi.amount_capturable}).`,
          'amount_to_capture',
          'amount_too_large',
        );
      }
      const form = amountToCapture === undefined ? {} : { amount: amountToCapture };
      await this.mock.call('POST', `/v1/charges/${pi.latest_charge}/capture`, ctx.forward, form);
      Object.assign(pi, {
        status: 'succeeded',
        amount_received: amountToCapture ?? pi.amount_capturable,
        amount_capturable: 0,
        metadata: P.applyMetadata(pi.metadata, metadata),
      });
      return this.render(ctx, entry, P.expansions(p.expand));
    });
  }

  async cancel(ctx: RequestContext, id: string, p: FormObject): Promise<unknown> {
    const entry = this.get(ctx, id);
    const reason = P.oneOf(p.cancellation_reason, 'cancellation_reason', CANCELLATION_REASONS) ?? null;
    return this.locked(id, async () => {
      const pi = entry.pi;
      if (!CANCELABLE.includes(pi.status)) {
        throw unexpectedState(
          `You cannot cancel this PaymentIntent because it has a status of ${pi.status}. Only a PaymentIntent with one of the following statuses may be canceled: ${CANCELABLE.join(', ')}.`,
          { payment_intent: snapshot(pi) },
        );
      }
      if (pi.status === 'requires_capture' && pi.latest_charge) {
        // Releasing an authorization refunds the uncaptured charge, as on Stripe.
        await this.mock.call('POST', '/v1/refunds', ctx.forward, { charge: pi.latest_charge });
      }
      Object.assign(pi, {
        status: 'canceled',
        canceled_at: nowSeconds(),
        cancellation_reason: reason,
        amount_capturable: 0,
        next_action: null,
      });
      return this.render(ctx, entry, P.expansions(p.expand));
    });
  }

  async list(ctx: RequestContext, p: FormObject): Promise<unknown> {
    const limit = P.int(p.limit, 'limit', { min: 1, max: 100 }) ?? 10;
    const startingAfter = P.str(p.starting_after, 'starting_after');
    const endingBefore = P.str(p.ending_before, 'ending_before');
    const customer = P.str(p.customer, 'customer');
    const inWindow = P.createdFilter(p.created);
    const expand = P.expansions(p.expand, 'data.');
    const all = this.ordered
      .filter(
        (e) =>
          e.account === ctx.account && (!customer || e.pi.customer === customer) && inWindow(e.pi.created as number),
      )
      .reverse();
    const indexOf = (id: string, param: string): number => {
      const i = all.findIndex((e) => e.pi.id === id);
      if (i === -1) throw resourceMissing('payment_intent', id, param);
      return i;
    };
    let page: IntentEntry[];
    let hasMore: boolean;
    if (endingBefore) {
      const end = indexOf(endingBefore, 'ending_before');
      page = all.slice(Math.max(0, end - limit), end);
      hasMore = end - limit > 0;
    } else {
      const start = startingAfter ? indexOf(startingAfter, 'starting_after') + 1 : 0;
      page = all.slice(start, start + limit);
      hasMore = start + limit < all.length;
    }
    const data = await Promise.all(page.map((e) => this.render(ctx, e, expand)));
    return { object: 'list', data, has_more: hasMore, url: '/v1/payment_intents' };
  }

  find(account: string, id: string): IntentEntry | undefined {
    const entry = this.byId.get(id);
    return entry && entry.account === account ? entry : undefined;
  }

  /** Fill `payment_intent` on mock charges and refunds (or lists of them) that belong to our intents. */
  link<T>(body: T): T {
    const visit = (o: unknown): void => {
      if (!isRecord(o)) return;
      if (o.object === 'list' && Array.isArray(o.data)) o.data.forEach(visit);
      if (o.object === 'charge' && typeof o.id === 'string' && this.chargeToIntent.has(o.id)) {
        o.payment_intent = this.chargeToIntent.get(o.id);
        visit(o.refunds);
      }
      if (o.object === 'refund' && typeof o.charge === 'string' && this.chargeToIntent.has(o.charge)) {
        o.payment_intent = this.chargeToIntent.get(o.charge);
      }
    };
    visit(body);
    return body;
  }

  private get(ctx: RequestContext, id: string): IntentEntry {
    const entry = this.find(ctx.account, id);
    if (!entry) throw resourceMissing('payment_intent', id, 'intent');
    return entry;
  }

  private confirmOptions(p: FormObject): ConfirmOptions {
    return {
      pmId: P.str(p.payment_method, 'payment_method'),
      offSession: P.bool(p.off_session, 'off_session') ?? false,
      errorOnRequiresAction: P.bool(p.error_on_requires_action, 'error_on_requires_action') ?? false,
    };
  }

  async requireCustomer(ctx: RequestContext, customer: string): Promise<void> {
    // Every order names its customer: asking the mock once per customer, not once per payment, saves two HTTP
    // exchanges an order. The mock cannot delete customers, so one it has answered for exists for good.
    const known = customerKey(ctx, customer);
    if (this.knownCustomers.has(known)) return;
    const res = await this.mock.json({
      method: 'GET',
      path: `/v1/customers/${encodeURIComponent(customer)}`,
      headers: ctx.forward,
    });
    if (res.status !== 200)
      throw new StripeApiError(400, resourceMissing('customer', customer, 'customer').error, false);
    this.knownCustomers.add(known);
  }

  private async render(ctx: RequestContext, entry: IntentEntry, expand: Set<string>): Promise<PaymentIntent> {
    const out = snapshot(entry.pi) as Record<string, unknown> & PaymentIntent;
    if (expand.has('latest_charge') && out.latest_charge) {
      out.latest_charge = this.link(await this.mock.call('GET', `/v1/charges/${out.latest_charge}`, ctx.forward));
    }
    if (expand.has('payment_method') && entry.pm) out.payment_method = snapshot(entry.pm.object) as never;
    return out;
  }

  /** Serialise operations on one intent (Stripe locks an object while it changes it). */
  private async locked<T>(id: string, fn: () => Promise<T>): Promise<T> {
    const previous = this.locks.get(id) ?? Promise.resolve();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const mine = previous.then(() => gate);
    this.locks.set(id, mine);
    await previous;
    const entry = this.byId.get(id);
    const before = entry && snapshot(entry.pi);
    try {
      return await fn();
    } finally {
      // Declines throw, and are events too.
      if (entry && before) for (const type of intentEvents(before, entry.pi)) this.webhooks?.emit(type, entry.pi);
      release();
      if (this.locks.get(id) === mine) this.locks.delete(id);
    }
  }
}

/** A customer as the mock scopes it: by account and by the key that made it. */
const customerKey = (ctx: RequestContext, customer: string) =>
  JSON.stringify([ctx.account, ctx.forward.authorization ?? '', customer]);

function automaticPaymentMethods(
  p: FormObject,
  types: string[] | undefined,
  ctx: RequestContext,
): Record<string, unknown> | null {
  const raw = p.automatic_payment_methods;
  if (raw !== undefined) {
    if (typeof raw !== 'object' || Array.isArray(raw))
      throw invalidParam('Invalid object', 'automatic_payment_methods');
    const enabled = P.required(
      P.bool(raw.enabled, 'automatic_payment_methods[enabled]'),
      'automatic_payment_methods[enabled]',
    );
    const allowRedirects =
      P.oneOf(raw.allow_redirects, 'automatic_payment_methods[allow_redirects]', ['always', 'never']) ?? 'always';
    return enabled ? { allow_redirects: allowRedirects, enabled } : { enabled };
  }
  // Since API version 2023-08-16, intents without explicit payment method types use automatic payment methods.
  if (!types && apiVersionAtLeast(ctx, '2023-08-16')) return { allow_redirects: 'always', enabled: true };
  return null;
}
