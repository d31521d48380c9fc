// The PaymentIntent object as the API returns it (fields of API version
// 2026-10-28, the one stripe@23 pins), and the status sets of its state machine.
import type { RequestContext } from './context';
import { randomId } from './ids';
import type { PaymentMethodRecord } from './payment-methods';

export type Status =
  | 'requires_payment_method'
  | 'requires_confirmation'
  | 'requires_action'
  | 'processing'
  | 'requires_capture'
  | 'canceled'
  | 'succeeded';

export const CAPTURE_METHODS = ['automatic', 'automatic_async', 'manual'] as const;
export type CaptureMethod = (typeof CAPTURE_METHODS)[number];
export const CANCELLATION_REASONS = ['duplicate', 'fraudulent', 'requested_by_customer', 'abandoned'] as const;

export const CONFIRMABLE: Status[] = ['requires_payment_method', 'requires_confirmation', 'requires_action'];
export const CANCELABLE: Status[] = [
  'requires_payment_method',
  'requires_capture',
  'requires_confirmation',
  'requires_action',
  'processing',
];
export const UPDATABLE: Status[] = ['requires_payment_method', 'requires_confirmation', 'requires_action'];

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
  receipt_email: string | null;
  canceled_at: number | null;
  cancellation_reason: string | null;
  [field: string]: unknown;
}

/** A stored intent: the public object plus what the emulator needs to know about it. */
export interface IntentEntry {
  pi: PaymentIntent;
  account: string;
  /** The attached payment method (a copy of a pm_card_* test method). */
  pm?: PaymentMethodRecord;
  /** Who confirmed it into requires_action: the 3-D Secure challenge charges as them. */
  challengeContext?: RequestContext;
}

export interface NewIntent {
  amount: number;
  currency: string;
  capture_method: CaptureMethod;
  confirmation_method: 'automatic' | 'manual';
  metadata: Record<string, string>;
  description: string | null;
  customer: string | null;
  payment_method: string | null;
  allowed_payment_method_types: string[] | null;
  excluded_payment_method_types: string[] | null;
  payment_method_types: string[];
  automatic_payment_methods: Record<string, unknown> | null;
  receipt_email: string | null;
  setup_future_usage: string | null;
  statement_descriptor: string | null;
  statement_descriptor_suffix: string | null;
  transfer_group: string | null;
}

export const nowSeconds = (): number => Math.floor(Date.now() / 1000);
export const snapshot = <T>(value: T): T => structuredClone(value);

export function newPaymentIntent(init: NewIntent): PaymentIntent {
  const id = `pi_3${randomId(24)}`;
  return {
    id,
    object: 'payment_intent',
    allowed_payment_method_types: init.allowed_payment_method_types,
    amount: init.amount,
    amount_capturable: 0,
    amount_details: { tip: {} },
    amount_received: 0,
    application: null,
    application_fee_amount: null,
    automatic_payment_methods: init.automatic_payment_methods,
    canceled_at: null,
    cancellation_reason: null,
    capture_method: init.capture_method,
    client_secret: `${id}_secret_${randomId(25)}`,
    confirmation_method: init.confirmation_method,
    created: nowSeconds(),
    currency: init.currency,
    customer: init.customer,
    customer_account: null,
    description: init.description,
    excluded_payment_method_types: init.excluded_payment_method_types,
    last_payment_error: null,
    latest_charge: null,
    livemode: false,
    managed_payments: null,
    metadata: init.metadata,
    next_action: null,
    on_behalf_of: null,
    payment_method: init.payment_method,
    payment_method_configuration_details: null,
    payment_method_options: {
      card: { installments: null, mandate_options: null, network: null, request_three_d_secure: 'automatic' },
    },
    payment_method_types: init.payment_method_types,
    payment_record: null,
    processing: null,
    receipt_email: init.receipt_email,
    review: null,
    setup_future_usage: init.setup_future_usage,
    shipping: null,
    source: null,
    statement_descriptor: init.statement_descriptor,
    statement_descriptor_suffix: init.statement_descriptor_suffix,
    status: init.payment_method ? 'requires_confirmation' : 'requires_payment_method',
    transfer_data: null,
    transfer_group: init.transfer_group,
  };
}
