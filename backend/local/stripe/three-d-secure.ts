// The emulator's 3-D Secure challenge, standing in for the page Stripe.js opens in test mode. The store frames
// `GET /3ds/<pi>?client_secret=…`; "Complete" or "Fail" POSTs back here, and the answer page tells the store
// through postMessage. The client secret is the only credential, as with Stripe.js in the browser.
import { randomBytes } from 'node:crypto';
import type http from 'node:http';
import { parseForm } from './form';
import type { PaymentIntents } from './payment-intents';

export type ChallengeOutcome = 'complete' | 'fail';

export interface ChallengePage {
  status: number;
  html: string;
  nonce: string;
}

const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function page(nonce: string, body: string, script = ''): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>3D Secure 2 Test Page</title>
<style nonce="${nonce}">
  body { font-family: system-ui, sans-serif; margin: 0; color: #1a1a1a; background: #fff; }
  main { max-width: 28rem; margin: 0 auto; padding: 1.5rem; }
  h1 { font-size: 1.4rem; }
  .actions { display: flex; gap: 1rem; margin-top: 1.5rem; }
  button { font: inherit; padding: 0.6rem 1.4rem; border-radius: 4px; border: 2px solid #1a1a1a; cursor: pointer; }
  button:focus-visible { outline: 3px solid #0a58ca; outline-offset: 2px; }
  .complete { background: #0a6b2d; color: #fff; border-color: #0a6b2d; }
  .fail { background: #fff; color: #a4161a; border-color: #a4161a; }
</style>
</head>
<body>
<main>
<h1>3D Secure 2 Test Page</h1>
${body}
</main>
${script ? `<script nonce="${nonce}">${script}</script>` : ''}
</body>
</html>
`;
}

const formatAmount = (amount: number, currency: string): string => {
  try {
    return new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() }).format(amount / 100);
  } catch {
    return `${amount} ${currency.toUpperCase()} (minor units)`;
  }
};

const notFound = (nonce: string): ChallengePage => ({
  status: 404,
  nonce,
  html: page(nonce, '<p>There is no payment to authenticate at this address.</p>'),
});

/** Answers `/3ds/…` requests; undefined when the path is not the challenge's. */
export async function challengeRoute(
  intents: PaymentIntents,
  method: string,
  url: URL,
  raw: Buffer,
): Promise<ChallengePage | undefined> {
  const nonce = randomBytes(16).toString('base64');
  const show = url.pathname.match(/^\/3ds\/([^/]+)$/);
  if (show && method === 'GET') {
    const secret = url.searchParams.get('client_secret') ?? '';
    const pi = intents.challengeIntent(decodeURIComponent(show[1]), secret);
    if (!pi) return notFound(nonce);
    const action = (outcome: ChallengeOutcome) => `/3ds/${encodeURIComponent(pi.id)}/${outcome}`;
    const hidden = `<input type="hidden" name="client_secret" value="${escape(secret)}">`;
    const merchant = pi.description ? ` for ${escape(pi.description)}` : '';
    return {
      status: 200,
      nonce,
      html: page(
        nonce,
        `<p>Your bank asks you to confirm a payment of <strong>${escape(formatAmount(pi.amount, pi.currency))}</strong>${merchant}.</p>
<p>This is a test: choose whether the authentication succeeds.</p>
<div class="actions">
<form method="post" action="${action('complete')}">${hidden}<button type="submit" class="complete">Complete</button></form>
<form method="post" action="${action('fail')}">${hidden}<button type="submit" class="fail">Fail</button></form>
</div>`,
      ),
    };
  }
  const answer = url.pathname.match(/^\/3ds\/([^/]+)\/(complete|fail)$/);
  if (answer && method === 'POST') {
    const secret = String(parseForm(raw.toString('utf8')).client_secret ?? '');
    const outcome = await intents.authenticate(decodeURIComponent(answer[1]), secret, answer[2] as ChallengeOutcome);
    if (!outcome) return notFound(nonce);
    const message = JSON.stringify({
      type: 'stripe-3ds-result',
      paymentIntentId: outcome.id,
      outcome: outcome.outcome,
    });
    const said =
      outcome.outcome === 'complete'
        ? 'Authentication complete.'
        : 'Authentication failed: the payment was not authorised.';
    return {
      status: 200,
      nonce,
      html: page(
        nonce,
        `<p role="status">${said} You can return to the store.</p>`,
        `window.parent.postMessage(${message.replace(/</g, '\\u003c')}, '*');`,
      ),
    };
  }
  return undefined;
}

/** Writes a challenge page: framable by the store's origins only, nothing loaded from elsewhere. */
export function writeChallenge(res: http.ServerResponse, answer: ChallengePage, frameAncestors: string[]): void {
  const body = Buffer.from(answer.html);
  res.writeHead(answer.status, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': body.length,
    'Cache-Control': 'no-store',
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': [
      "default-src 'none'",
      `style-src 'nonce-${answer.nonce}'`,
      `script-src 'nonce-${answer.nonce}'`,
      "form-action 'self'",
      "base-uri 'none'",
      `frame-ancestors 'self' ${frameAncestors.join(' ')}`.trim(),
    ].join('; '),
  });
  res.end(body);
}
