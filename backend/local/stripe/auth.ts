// API keys as api.stripe.com checks them: any `sk_test_` key is accepted,
// as Bearer or as the Basic user name (curl -u sk_test_...:).
import type http from 'node:http';
import type { RequestContext } from './context';
import { StripeApiError } from './errors';
import { header } from './http-io';

const NO_KEY =
  "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/.";

export function authenticate(req: http.IncomingMessage): RequestContext {
  const authorization = header(req, 'authorization') ?? '';
  let key = '';
  if (/^Bearer /i.test(authorization)) key = authorization.slice(7).trim();
  else if (/^Basic /i.test(authorization))
    key = Buffer.from(authorization.slice(6), 'base64').toString('utf8').split(':')[0];
  if (!key) {
    throw new StripeApiError(401, { type: 'invalid_request_error', message: NO_KEY }, false, {
      'WWW-Authenticate': 'Basic realm="Stripe"',
    });
  }
  if (!key.startsWith('sk_test_')) {
    const shown = key.length > 15 ? `${key.slice(0, 11)}${'*'.repeat(key.length - 15)}${key.slice(-4)}` : key;
    throw new StripeApiError(
      401,
      { type: 'invalid_request_error', message: `Invalid API Key provided: ${shown}` },
      false,
    );
  }
  const stripeAccount = header(req, 'stripe-account');
  const forward: Record<string, string> = { authorization: `Bearer ${key}` };
  if (stripeAccount) forward['stripe-account'] = stripeAccount;
  return { account: stripeAccount ?? 'acct_default', forward, stripeVersion: header(req, 'stripe-version') };
}
