// POST /v1/refunds with `payment_intent`: Stripe refunds the intent's charge.
// The mock only knows charges, so the intent is swapped for its latest charge
// and the answer gets `payment_intent` back. Refunds by `charge` are not
// handled here: they go to the mock unchanged.
import type { RequestContext } from './context';
import { StripeApiError, invalidParam, resourceMissing } from './errors';
import type { FormObject } from './form';
import type { MockBackend } from './mock-backend';
import * as P from './params';
import type { PaymentIntents } from './payment-intents';

export async function refundPaymentIntent(
  intents: PaymentIntents,
  mock: MockBackend,
  ctx: RequestContext,
  p: FormObject,
): Promise<unknown> {
  const { payment_intent: piParam, ...rest } = p;
  const piId = P.required(P.str(piParam, 'payment_intent'), 'payment_intent');
  if (rest.charge !== undefined)
    throw invalidParam('You can only specify one of these parameters: charge, payment_intent.', 'charge');
  const entry = intents.find(ctx.account, piId);
  if (!entry) throw new StripeApiError(400, resourceMissing('payment_intent', piId, 'payment_intent').error, false);
  const chargeId = entry.pi.latest_charge;
  if (entry.pi.status !== 'succeeded' || !chargeId) {
    throw new StripeApiError(400, {
      type: 'invalid_request_error',
      message: `This PaymentIntent (${piId}) does not have a successful charge to refund.`,
      param: 'payment_intent',
    });
  }
  return intents.link(await mock.call('POST', '/v1/refunds', ctx.forward, { ...rest, charge: chargeId }));
}
