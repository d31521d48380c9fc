// PaymentMethod objects. Like api.stripe.com, using a shared test method such
// as `pm_card_visa` on a PaymentIntent attaches a fresh copy (`pm_...`) that
// can be retrieved and reused; the copy remembers which test card it is.
import { StripeApiError, resourceMissing } from './errors';
import { randomId } from './ids';
import { TestCard, testCard } from './test-payment-methods';

export interface PaymentMethodRecord {
  id: string;
  account: string;
  card: TestCard;
  object: Record<string, unknown>;
}

export class PaymentMethods {
  private readonly byId = new Map<string, PaymentMethodRecord>();

  /** Resolve a `payment_method` parameter (test method or an earlier copy). */
  resolve(account: string, id: string, param = 'payment_method'): PaymentMethodRecord {
    const known = this.byId.get(id);
    if (known && known.account === account) return known;
    const card = testCard(id);
    if (!card) {
      throw new StripeApiError(
        400,
        {
          type: 'invalid_request_error',
          code: 'resource_missing',
          doc_url: 'https://stripe.com/docs/error-codes/resource-missing',
          message: `No such PaymentMethod: '${id}' (the Stripe emulator knows the pm_card_* test methods and the copies it made of them)`,
          param,
        },
        false,
      );
    }
    const record = this.copy(account, card);
    this.byId.set(record.id, record);
    return record;
  }

  /** Attach to a Customer (checked to exist by the caller); a method belongs to at most one. */
  attach(account: string, id: string, customer: string): Record<string, unknown> {
    const pm = this.resolve(account, id, 'payment_method');
    const owner = pm.object.customer as string | null;
    if (owner && owner !== customer) {
      throw attachmentError('The payment method you provided has already been attached to a customer.', 'customer');
    }
    pm.object.customer = customer;
    return pm.object;
  }

  detach(account: string, id: string): Record<string, unknown> {
    const pm = this.byId.get(id);
    if (!pm || pm.account !== account || !pm.object.customer) {
      throw attachmentError(
        'The payment method you provided is not attached to a customer so detachment is impossible.',
        undefined,
        'payment_method_unexpected_state',
      );
    }
    pm.object.customer = null;
    return pm.object;
  }

  /** As Stripe: a method attached to a Customer pays only for that Customer's intents. */
  checkOwner(pm: PaymentMethodRecord, customer: string | null): void {
    const owner = pm.object.customer as string | null;
    if (!owner || owner === customer) return;
    throw new StripeApiError(
      400,
      {
        type: 'invalid_request_error',
        code: 'payment_intent_invalid_parameter',
        message: customer
          ? `The provided PaymentMethod ${pm.id} is attached to another Customer than this PaymentIntent's (${customer}).`
          : `The provided PaymentMethod ${pm.id} is attached to a Customer: pass that Customer's id as \`customer\` to use it.`,
        param: 'payment_method',
      },
      false,
    );
  }

  retrieve(account: string, id: string): Record<string, unknown> {
    const known = this.byId.get(id);
    if (known && known.account === account) return known.object;
    if (testCard(id)) return this.resolve(account, id).object;
    throw resourceMissing('PaymentMethod', id, 'payment_method');
  }

  private copy(account: string, card: TestCard): PaymentMethodRecord {
    const id = `pm_1${randomId(23)}`;
    const now = new Date();
    const object = {
      id,
      object: 'payment_method',
      allow_redisplay: 'unspecified',
      billing_details: {
        address: { city: null, country: null, line1: null, line2: null, postal_code: null, state: null },
        email: null,
        name: null,
        phone: null,
        tax_id: null,
      },
      card: {
        brand: card.brand,
        checks: { address_line1_check: null, address_postal_code_check: null, cvc_check: 'unchecked' },
        country: card.country,
        display_brand: card.brand === 'amex' ? 'american_express' : card.brand,
        exp_month: now.getMonth() + 1,
        exp_year: now.getFullYear() + 1,
        fingerprint: randomId(16),
        funding: card.funding,
        generated_from: null,
        last4: card.last4,
        networks: { available: [card.brand], preferred: null },
        regulated_status: 'unregulated',
        three_d_secure_usage: { supported: true },
        wallet: null,
      },
      created: Math.floor(Date.now() / 1000),
      customer: null,
      livemode: false,
      metadata: {},
      type: 'card',
    };
    return { id, account, card, object };
  }
}

/** A refused attach or detach: replayed like Stripe's state errors. */
const attachmentError = (message: string, param?: string, code?: string) =>
  new StripeApiError(400, {
    type: 'invalid_request_error',
    message,
    ...(param ? { param } : {}),
    ...(code ? { code } : {}),
  });
