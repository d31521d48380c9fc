import axe from 'axe-core';
import { JSDOM } from 'jsdom';
import type Stripe from 'stripe';
import type { StripeEmulator } from './emulator';
import { startTestEmulator, testSdk } from './test-emulator';

const SHELL = 'http://localhost:3999';

describe('3-D Secure challenge', () => {
  let em: StripeEmulator;
  let stripe: Stripe;

  beforeAll(async () => {
    em = await startTestEmulator({ frameAncestors: [SHELL] });
    stripe = testSdk(em);
  });
  afterAll(() => em.close());

  const needsAuth = (pm = 'pm_card_authenticationRequired', capture_method: 'manual' | 'automatic' = 'manual') =>
    stripe.paymentIntents.create({
      amount: 2599,
      currency: 'usd',
      payment_method: pm,
      confirm: true,
      capture_method,
      description: 'Folio order o-1',
    });

  const challengeUrl = (pi: Stripe.PaymentIntent) => {
    const sdk = pi.next_action?.use_stripe_sdk as { type: string; stripe_js: string };
    expect(sdk.type).toBe('three_d_secure_redirect');
    return sdk.stripe_js;
  };

  const answer = (pi: Stripe.PaymentIntent, outcome: 'complete' | 'fail', secret = pi.client_secret!) =>
    fetch(`${em.url}/3ds/${pi.id}/${outcome}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ client_secret: secret }),
    });

  it('requires_action names the challenge page, which the store may frame and which needs nothing else', async () => {
    const pi = await needsAuth('pm_card_threeDSecure2Required');
    expect(pi).toMatchObject({ status: 'requires_action', next_action: { type: 'use_stripe_sdk' } });
    const url = challengeUrl(pi);
    expect(url).toBe(`${em.url}/3ds/${pi.id}?client_secret=${encodeURIComponent(pi.client_secret!)}`);

    const res = await fetch(url);
    expect(res.status).toBe(200);
    expect(res.headers.get('x-frame-options')).toBeNull();
    const csp = res.headers.get('content-security-policy')!;
    expect(csp).toContain(`frame-ancestors 'self' ${SHELL}`);
    expect(csp).toContain("default-src 'none'");
    const html = await res.text();
    const doc = new JSDOM(html).window.document;
    expect(doc.title).toBe('3D Secure 2 Test Page');
    expect(doc.querySelector('main h1')?.textContent).toBe('3D Secure 2 Test Page');
    expect(doc.querySelector('main')?.textContent).toMatch(/\$25\.99 for Folio order o-1/);
    expect([...doc.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Complete', 'Fail']);
    expect(html).not.toMatch(/https?:\/\/(?!localhost)/);
  });

  it('the page passes axe, best practices included', async () => {
    const pi = await needsAuth();
    for (const html of [await (await fetch(challengeUrl(pi))).text(), await (await answer(pi, 'complete')).text()]) {
      const dom = new JSDOM(html, { runScripts: 'outside-only' });
      dom.window.eval(axe.source);
      const run = (dom.window as unknown as { axe: typeof axe }).axe.run(dom.window.document, {
        runOnly: ['wcag2a', 'wcag2aa', 'best-practice'],
        rules: { 'color-contrast': { enabled: false } }, // jsdom does no layout; the colours are fixed dark on white
      });
      expect((await run).violations.map((v) => v.id)).toEqual([]);
    }
  });

  it('a wrong or missing client secret → 404 page, and nothing changes', async () => {
    const pi = await needsAuth();
    expect((await fetch(`${em.url}/3ds/${pi.id}?client_secret=nope`)).status).toBe(404);
    expect((await fetch(`${em.url}/3ds/${pi.id}`)).status).toBe(404);
    expect((await fetch(`${em.url}/3ds/pi_unknown?client_secret=${pi.client_secret}`)).status).toBe(404);
    expect((await answer(pi, 'complete', 'nope')).status).toBe(404);
    expect((await stripe.paymentIntents.retrieve(pi.id)).status).toBe('requires_action');
  });

  it('Complete authorises (requires_capture) and tells the parent window; answering twice is harmless', async () => {
    const pi = await needsAuth();
    const res = await answer(pi, 'complete');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain(
      `window.parent.postMessage({"type":"stripe-3ds-result","paymentIntentId":"${pi.id}","outcome":"complete"}, '*')`,
    );
    expect(html).toMatch(/return to the store/);
    expect(await (await answer(pi, 'fail')).text()).toContain('"outcome":"complete"');
    const after = await stripe.paymentIntents.retrieve(pi.id);
    expect(after).toMatchObject({ status: 'requires_capture', amount_capturable: 2599, next_action: null });
    expect((await stripe.paymentIntents.capture(pi.id)).status).toBe('succeeded');
  });

  it('Complete with automatic capture → succeeded', async () => {
    const pi = await needsAuth('pm_card_authenticationRequired', 'automatic');
    await answer(pi, 'complete');
    expect((await stripe.paymentIntents.retrieve(pi.id)).status).toBe('succeeded');
  });

  it('Fail → requires_payment_method with payment_intent_authentication_failure; nothing is charged', async () => {
    const pi = await needsAuth();
    expect(await (await answer(pi, 'fail')).text()).toContain('"outcome":"fail"');
    expect(await (await answer(pi, 'complete')).text()).toContain('"outcome":"fail"');
    const after = await stripe.paymentIntents.retrieve(pi.id);
    expect(after).toMatchObject({
      status: 'requires_payment_method',
      latest_charge: null,
      payment_method: null,
      last_payment_error: { code: 'payment_intent_authentication_failure' },
    });
  });
});
