// PaymentIntents on top of stripe-stateful-mock: the intent's state machine
// lives here, the money moves as mock charges (`source: tok_*`, `capture`),
// captures and refunds.
//
//   requires_payment_method ──(payment_method)──▶ requires_confirmation
//   requires_confirmation ──confirm──▶ succeeded            (automatic, automatic_async)
//                                   ├▶ requires_capture ──capture──▶ succeeded   (manual)
//                                   ├▶ requires_action      (3-D Secure test cards)
//                                   └▶ requires_payment_method + 402 card_error  (decline)
//   requires_payment_method | requires_confirmation | requires_action | requires_capture ──cancel──▶ canceled
import { StripeApiError, invalidParam, resourceMissing, unexpectedState } from './errors';
import { FormObject, encodeForm } from './form';
import { randomId } from './ids';
import type { MockBackend } from './mock-backend';
import * as P from './params';
import { PaymentMethodRecord, PaymentMethods } from './payment-methods';
import type { DeclineOverride } from './test-payment-methods';

export interface RequestContext {
  account: string;
  /** Headers passed to stripe-stateful-mock (Authorization, Stripe-Account). */
  forward: Record<string, string>;
  /** The caller's Stripe-Version header, if any. */
  stripeVersion?: string;
}

export type Status =
  | 'requires_payment_method'
  | 'requires_confirmation'
  | 'requires_action'
  | 'processing'
  | 'requires_capture'
  | 'canceled'
  | 'succeeded';

export interface PaymentIntent {
  id: string;
  object: 'payment_intent';
  amount: number;
  amount_capturable: number;
  amount_received: number;
  currency: string;
  status: Status;
  capture_method: CaptureMethod;
  payment_method: string | null;
  latest_charge: string | null;
  last_payment_error: Record<string, unknown> | null;
  next_action: Record<string, unknown> | null;
  metadata: Record<string, string>;
  description: string | null;
  customer: string | null;
  canceled_at: number | null;
  cancellation_reason: string | null;
  [field: string]: unknown;
}

interface Entry {
  pi: PaymentIntent;
  account: string;
  pm?: PaymentMethodRecord;
}

const CAPTURE_METHODS = ['automatic', 'automatic_async', 'manual'] as const;
type CaptureMethod = (typeof CAPTURE_METHODS)[number];
const CONFIRMABLE: Status[] = ['requires_payment_method', 'requires_confirmation', 'requires_action'];
const CANCELABLE: Status[] = ['requires_payment_method', 'requires_capture', 'requires_confirmation', 'requires_action', 'processing'];
const UPDATABLE: Status[] = ['requires_payment_method', 'requires_confirmation', 'requires_action'];
const CANCELLATION_REASONS = ['duplicate', 'fraudulent', 'requested_by_customer', 'abandoned'] as const;

const now = (): number => Math.floor(Date.now() / 1000);
const snapshot = <T>(value: T): T => structuredClone(value);

export class PaymentIntents {
  private readonly byId = new Map<string, Entry>();
  private readonly ordered: Entry[] = []; // creation order
  private readonly chargeToIntent = new Map<string, string>();
  private readonly locks = new Map<string, Promise<void>>();

  constructor(
    private readonly mock: MockBackend,
    private readonly paymentMethods: PaymentMethods,
  ) {}

  async create(ctx: RequestContext, p: FormObject): Promise<unknown> {
    const currency = P.currency(p.currency);
    const amount = P.amount(p.amount, currency);
    const latestApi = (ctx.stripeVersion ?? '9999') >= '2024-04-10';
    const captureMethod = P.oneOf(p.capture_method, 'capture_method', CAPTURE_METHODS) ?? (latestApi ? 'automatic_async' : 'automatic');
    const confirm = P.bool(p.confirm, 'confirm') ?? false;
    const metadata = P.applyMetadata({}, P.metadata(p.metadata));
    // `payment_method_types` before API 2026-10-28, `allowed_/excluded_payment_method_types` since.
    const legacyTypes = P.stringList(p.payment_method_types, 'payment_method_types');
    const allowedTypes = P.stringList(p.allowed_payment_method_types, 'allowed_payment_method_types');
    const excludedTypes = P.stringList(p.excluded_payment_method_types, 'excluded_payment_method_types');
    const types = allowedTypes ?? legacyTypes;
    const automatic = this.automaticPaymentMethods(p, types, ctx);
    const customer = P.str(p.customer, 'customer') ?? null;
    if (customer) await this.requireCustomer(ctx, customer);
    const pmId = P.str(p.payment_method, 'payment_method');
    const confirmOptions = this.confirmOptions(p);
    const expand = P.expansions(p.expand);
    if (confirm && !pmId) throw this.missingPaymentMethod();
    const pm = pmId ? this.paymentMethods.resolve(ctx.account, pmId) : undefined;

    const id = `pi_3${randomId(24)}`;
    const pi: PaymentIntent = {
      id,
      object: 'payment_intent',
      allowed_payment_method_types: allowedTypes ?? null,
      amount,
      amount_capturable: 0,
      amount_details: { tip: {} },
      amount_received: 0,
      application: null,
      application_fee_amount: null,
      automatic_payment_methods: automatic,
      canceled_at: null,
      cancellation_reason: null,
      capture_method: captureMethod,
      client_secret: `${id}_secret_${randomId(25)}`,
      confirmation_method: P.oneOf(p.confirmation_method, 'confirmation_method', ['automatic', 'manual']) ?? 'automatic',
      created: now(),
      currency,
      customer,
      customer_account: null,
      description: P.str(p.description, 'description') || null,
      excluded_payment_method_types: excludedTypes ?? null,
      last_payment_error: null,
      latest_charge: null,
      livemode: false,
      managed_payments: null,
      metadata,
      next_action: null,
      on_behalf_of: null,
      payment_method: pm ? pm.id : null,
      payment_method_configuration_details: null,
      payment_method_options: { card: { installments: null, mandate_options: null, network: null, request_three_d_secure: 'automatic' } },
      payment_method_types: (types ?? ['card']).filter((t) => !excludedTypes?.includes(t)),
      payment_record: null,
      processing: null,
      receipt_email: P.str(p.receipt_email, 'receipt_email') || null,
      review: null,
      setup_future_usage: P.oneOf(p.setup_future_usage, 'setup_future_usage', ['off_session', 'on_session']) ?? null,
      shipping: null,
      source: null,
      statement_descriptor: P.str(p.statement_descriptor, 'statement_descriptor') || null,
      statement_descriptor_suffix: P.str(p.statement_descriptor_suffix, 'statement_descriptor_suffix') || null,
      status: pm ? 'requires_confirmation' : 'requires_payment_method',
      transfer_data: null,
      transfer_group: P.str(p.transfer_group, 'transfer_group') || null,
    };
    const entry: Entry = { pi, account: ctx.account, pm };
    this.byId.set(id, entry);
    this.ordered.push(entry);
    if (!confirm) return this.render(ctx, entry, expand);
    return this.locked(id, async () => {
      await this.confirmEntry(ctx, entry, { ...confirmOptions, pmId: undefined }); // pm already attached
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
      const metadataOnly = Object.keys(p).every((k) => ['metadata', 'description', 'receipt_email', 'expand'].includes(k));
      if (!metadataOnly && !UPDATABLE.includes(pi.status)) {
        throw unexpectedState(
          `You cannot update this PaymentIntent because it has a status of ${pi.status}. Updates are only allowed when the PaymentIntent has a status of requires_payment_method, requires_confirmation, or requires_action.`,
          { payment_intent: snapshot(pi) },
        );
      }
      const currency = p.currency === undefined ? pi.currency : P.currency(p.currency);
      const amount = p.amount === undefined ? pi.amount : P.amount(p.amount, currency);
      const metadata = P.applyMetadata(pi.metadata, P.metadata(p.metadata));
      const captureMethod = P.oneOf(p.capture_method, 'capture_method', CAPTURE_METHODS) ?? pi.capture_method;
      const pmId = P.str(p.payment_method, 'payment_method');
      const pm = pmId ? this.paymentMethods.resolve(ctx.account, pmId) : undefined;
      const description = P.str(p.description, 'description');
      const receiptEmail = P.str(p.receipt_email, 'receipt_email');
      Object.assign(pi, { currency, amount, metadata, capture_method: captureMethod });
      if (description !== undefined) pi.description = description || null;
      if (receiptEmail !== undefined) pi.receipt_email = receiptEmail || null;
      if (pm) {
        entry.pm = pm;
        pi.payment_method = pm.id;
        pi.next_action = null;
        pi.status = 'requires_confirmation';
      }
      return this.render(ctx, entry, P.expansions(p.expand));
    });
  }

  async confirm(ctx: RequestContext, id: string, p: FormObject): Promise<unknown> {
    const entry = this.get(ctx, id);
    const options = this.confirmOptions(p);
    const expand = P.expansions(p.expand);
    return this.locked(id, async () => {
      await this.confirmEntry(ctx, entry, options);
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
      await this.mockCall(ctx, 'POST', `/v1/charges/${pi.latest_charge}/capture`, amountToCapture === undefined ? {} : { amount: amountToCapture });
      pi.amount_received = amountToCapture ?? pi.amount_capturable;
      pi.amount_capturable = 0;
      pi.metadata = P.applyMetadata(pi.metadata, metadata);
      pi.status = 'succeeded';
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
        await this.mockCall(ctx, 'POST', '/v1/refunds', { charge: pi.latest_charge });
      }
      Object.assign(pi, { status: 'canceled', canceled_at: now(), cancellation_reason: reason, amount_capturable: 0, next_action: null });
      return this.render(ctx, entry, P.expansions(p.expand));
    });
  }

  async list(ctx: RequestContext, p: FormObject): Promise<unknown> {
    const limit = P.int(p.limit, 'limit', { min: 1, max: 100 }) ?? 10;
    const startingAfter = P.str(p.starting_after, 'starting_after');
    const endingBefore = P.str(p.ending_before, 'ending_before');
    const customer = P.str(p.customer, 'customer');
    const expand = P.expansions(p.expand, 'data.');
    const all = this.ordered.filter((e) => e.account === ctx.account && (!customer || e.pi.customer === customer)).reverse();
    const indexOf = (id: string, param: string): number => {
      const i = all.findIndex((e) => e.pi.id === id);
      if (i === -1) throw resourceMissing('payment_intent', id, param);
      return i;
    };
    let page: Entry[];
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

  /** POST /v1/refunds with `payment_intent`: refund the intent's charge in the mock. */
  async refund(ctx: RequestContext, p: FormObject): Promise<unknown> {
    const { payment_intent: piParam, ...rest } = p;
    const piId = P.required(P.str(piParam, 'payment_intent'), 'payment_intent');
    if (rest.charge !== undefined) throw invalidParam('You can only specify one of these parameters: charge, payment_intent.', 'charge');
    const entry = this.byId.get(piId);
    if (!entry || entry.account !== ctx.account) {
      throw new StripeApiError(400, { ...resourceMissing('payment_intent', piId, 'payment_intent').error }, false);
    }
    const chargeId = entry.pi.latest_charge;
    if (entry.pi.status !== 'succeeded' || !chargeId) {
      throw new StripeApiError(400, {
        type: 'invalid_request_error',
        message: `This PaymentIntent (${piId}) does not have a successful charge to refund.`,
        param: 'payment_intent',
      });
    }
    return this.mockCall(ctx, 'POST', '/v1/refunds', { ...rest, charge: chargeId });
  }

  /** Fill `payment_intent` on mock charges and refunds that belong to one of our intents. */
  link<T>(body: T): T {
    const visit = (o: any): void => {
      if (!o || typeof o !== 'object') return;
      if (o.object === 'list' && Array.isArray(o.data)) o.data.forEach(visit);
      if (o.object === 'charge' && this.chargeToIntent.has(o.id)) {
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

  // ---- internals ----

  private get(ctx: RequestContext, id: string): Entry {
    const entry = this.byId.get(id);
    if (!entry || entry.account !== ctx.account) throw resourceMissing('payment_intent', id, 'intent');
    return entry;
  }

  private confirmOptions(p: FormObject) {
    const pmId = P.str(p.payment_method, 'payment_method');
    return {
      pmId,
      offSession: P.bool(p.off_session, 'off_session') ?? false,
      errorOnRequiresAction: P.bool(p.error_on_requires_action, 'error_on_requires_action') ?? false,
    };
  }

  private async confirmEntry(ctx: RequestContext, entry: Entry, opts: ReturnType<PaymentIntents['confirmOptions']>): Promise<void> {
    const pi = entry.pi;
    if (!CONFIRMABLE.includes(pi.status)) {
      throw unexpectedState(
        pi.status === 'succeeded'
          ? 'You cannot confirm this PaymentIntent because it has already succeeded after being previously confirmed.'
          : `You cannot confirm this PaymentIntent because it has a status of ${pi.status}. Only a PaymentIntent with one of the following statuses may be confirmed: ${CONFIRMABLE.join(', ')}.`,
        { payment_intent: snapshot(pi) },
      );
    }
    if (opts.pmId) {
      entry.pm = this.paymentMethods.resolve(ctx.account, opts.pmId);
      pi.payment_method = entry.pm.id;
    }
    const pm = entry.pm;
    if (!pm) throw this.missingPaymentMethod();

    if (pm.card.requiresAction) {
      if (opts.offSession || opts.errorOnRequiresAction) {
        this.decline(entry, pm, {
          code: 'authentication_required',
          decline_code: 'authentication_required',
          message: 'Your card was declined. This transaction requires authentication.',
        });
      }
      pi.status = 'requires_action';
      pi.next_action = { type: 'use_stripe_sdk', use_stripe_sdk: { type: 'three_d_secure_redirect', source: `src_${randomId(24)}` } };
      return;
    }

    const manual = pi.capture_method === 'manual';
    const res = await this.mock.json({
      method: 'POST',
      path: '/v1/charges',
      headers: ctx.forward,
      body: encodeForm({
        amount: pi.amount,
        currency: pi.currency,
        source: pm.card.token,
        capture: manual ? 'false' : 'true',
        description: pi.description ?? undefined,
        metadata: pi.metadata,
      }),
    });
    if (res.status === 200) {
      this.chargeToIntent.set(res.body.id, pi.id);
      Object.assign(pi, { latest_charge: res.body.id, last_payment_error: null, next_action: null });
      if (manual) Object.assign(pi, { status: 'requires_capture', amount_capturable: pi.amount });
      else Object.assign(pi, { status: 'succeeded', amount_received: pi.amount });
      return;
    }
    if (res.status === 402 && res.body?.error) {
      const err = res.body.error;
      if (err.charge) this.chargeToIntent.set(err.charge, pi.id);
      this.decline(entry, pm, { ...err, ...(pm.card.decline ?? {}) });
    }
    throw new StripeApiError(res.status, mockError(res.body).error);
  }

  /** A failed attempt: the intent goes back to requires_payment_method and the caller gets a 402. */
  private decline(entry: Entry, pm: PaymentMethodRecord, err: DeclineOverride & { charge?: string; doc_url?: string; param?: string }): never {
    const pi = entry.pi;
    const error: Record<string, unknown> = {
      charge: err.charge,
      code: err.code,
      decline_code: err.decline_code,
      doc_url: err.doc_url ?? `https://stripe.com/docs/error-codes/${err.code.replace(/_/g, '-')}`,
      message: err.message,
      param: err.param,
    };
    for (const k of Object.keys(error)) if (error[k] === undefined) delete error[k];
    Object.assign(pi, {
      status: 'requires_payment_method',
      payment_method: null,
      latest_charge: err.charge ?? pi.latest_charge,
      last_payment_error: { ...error, payment_method: snapshot(pm.object), type: 'card_error' },
      next_action: null,
    });
    entry.pm = undefined;
    throw new StripeApiError(402, {
      ...error,
      payment_intent: snapshot(pi),
      payment_method: snapshot(pm.object),
      type: 'card_error',
    } as never);
  }

  private missingPaymentMethod(): StripeApiError {
    return unexpectedState(
      "You cannot confirm this PaymentIntent because it's missing a payment method. You can either update the PaymentIntent with a payment method and then confirm it again, or confirm it again directly with a payment method.",
    );
  }

  private automaticPaymentMethods(p: FormObject, types: string[] | undefined, ctx: RequestContext) {
    const raw = p.automatic_payment_methods;
    if (raw !== undefined) {
      if (typeof raw !== 'object' || Array.isArray(raw)) throw invalidParam('Invalid object', 'automatic_payment_methods');
      const enabled = P.required(P.bool(raw.enabled, 'automatic_payment_methods[enabled]'), 'automatic_payment_methods[enabled]');
      const allowRedirects = P.oneOf(raw.allow_redirects, 'automatic_payment_methods[allow_redirects]', ['always', 'never']) ?? 'always';
      return enabled ? { allow_redirects: allowRedirects, enabled } : { enabled };
    }
    // Since API version 2023-08-16, intents without payment_method_types use automatic payment methods.
    if (!types && (ctx.stripeVersion ?? '9999') >= '2023-08-16') return { allow_redirects: 'always', enabled: true };
    return null;
  }

  private async requireCustomer(ctx: RequestContext, customer: string): Promise<void> {
    const res = await this.mock.json({ method: 'GET', path: `/v1/customers/${encodeURIComponent(customer)}`, headers: ctx.forward });
    if (res.status !== 200) throw new StripeApiError(400, { ...resourceMissing('customer', customer, 'customer').error }, false);
  }

  private async render(ctx: RequestContext, entry: Entry, expand: Set<string>): Promise<PaymentIntent> {
    const out = snapshot(entry.pi);
    if (expand.has('latest_charge') && out.latest_charge) {
      (out as Record<string, unknown>).latest_charge = await this.mockCall(ctx, 'GET', `/v1/charges/${out.latest_charge}`);
    }
    if (expand.has('payment_method') && entry.pm) (out as Record<string, unknown>).payment_method = snapshot(entry.pm.object);
    return out;
  }

  /** Call the mock; non-2xx answers become Stripe errors. Responses are linked to intents. */
  private async mockCall(ctx: RequestContext, method: string, path: string, body?: Record<string, unknown>): Promise<any> {
    const res = await this.mock.json({ method, path, headers: ctx.forward, body: body && encodeForm(body) });
    if (res.status !== 200) throw new StripeApiError(res.status, mockError(res.body).error);
    return this.link(res.body);
  }

  /** Serialise operations on one intent (Stripe locks an object while it changes). */
  private async locked<T>(id: string, fn: () => Promise<T>): Promise<T> {
    const previous = this.locks.get(id) ?? Promise.resolve();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const mine = previous.then(() => gate);
    this.locks.set(id, mine);
    await previous;
    try {
      return await fn();
    } finally {
      release();
      if (this.locks.get(id) === mine) this.locks.delete(id);
    }
  }
}

/** stripe-stateful-mock answers unexpected failures with `{message, stack}`: give them Stripe's shape. */
export function mockError(body: any): { error: { type: string; message: string; [k: string]: unknown } } {
  if (body && typeof body === 'object' && body.error && typeof body.error === 'object') return body;
  const message = body && typeof body.message === 'string' ? body.message : 'An unknown error occurred';
  return { error: { type: 'api_error', message } };
}
