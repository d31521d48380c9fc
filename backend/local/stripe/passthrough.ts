// Everything the emulator does not serve itself goes to stripe-stateful-mock
// unchanged (minus the Idempotency-Key, handled once at the front door). The
// answer is touched up: mock charges/refunds made for a PaymentIntent get
// their `payment_intent`, and the mock's non-Stripe failures get Stripe's shape.
import type { RequestContext } from './context';
import { unrecognizedUrl } from './errors';
import { Result, jsonResult } from './http-io';
import { MockBackend, isRecord, mockError } from './mock-backend';
import type { PaymentIntents } from './payment-intents';

export async function forwardToMock(
  mock: MockBackend,
  intents: PaymentIntents,
  ctx: RequestContext,
  method: string,
  pathAndQuery: string,
  body: Buffer,
): Promise<Result> {
  const res = await mock.request({
    method,
    path: pathAndQuery,
    headers: ctx.forward,
    body: method === 'GET' ? undefined : body,
  });
  let parsed: unknown;
  try {
    parsed = JSON.parse(res.body.toString('utf8'));
  } catch {
    return { ...res, requestId: '', persist: true, headers: {} };
  }
  const message = isRecord(parsed) ? parsed.message : undefined;
  const unknownToken = res.status === 500 && /Unhandled source token '([^']*)'/.exec(String(message));
  if (unknownToken) {
    // The mock crashes on sources it does not know (e.g. `pm_card_visa` given to /v1/charges).
    const error = {
      type: 'invalid_request_error',
      code: 'resource_missing',
      message: `No such token: '${unknownToken[1]}'`,
      param: 'source',
    };
    return jsonResult(400, { error }, false);
  }
  if (res.status >= 400) {
    const failure = mockError(parsed);
    parsed =
      res.status === 404 && /^No matching path/.test(failure.error.message)
        ? { error: unrecognizedUrl(method, pathAndQuery.split('?')[0]).error }
        : failure;
  } else {
    parsed = intents.link(parsed);
  }
  // Like Stripe (and the mock's own idempotency layer), 401 and 429 are not replayed.
  return jsonResult(res.status, parsed, ![401, 429].includes(res.status));
}
