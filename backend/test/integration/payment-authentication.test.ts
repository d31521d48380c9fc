/** 3-D Secure end to end: processOrder asks for the step, the emulator's challenge answers, the same key pays. */
import { errorTypes, gql } from './client';
import { customer, makeBook, orderInput, paymentIntentsOf, PROCESS_ORDER, stockOf, stripeClient } from './fixtures';

// Several processOrder calls per test, on a machine that may be busy.
jest.setTimeout(60_000);

type ActionInfo = { clientSecret: string; paymentIntentId: string };

async function actionRequired(
  input: ReturnType<typeof orderInput>,
  auth: Awaited<ReturnType<typeof customer>>['auth'],
) {
  const res = await gql(PROCESS_ORDER, { input }, auth);
  expect(errorTypes(res)).toEqual(['PaymentActionRequired']);
  expect(res.data?.processOrder ?? null).toBeNull();
  return res.errors!.find((e) => e.errorType)!.errorInfo as unknown as ActionInfo;
}

/** What the browser does: open next_action's page, press a button. */
async function answerChallenge(info: ActionInfo, outcome: 'complete' | 'fail'): Promise<string> {
  const pi = await stripeClient().paymentIntents.retrieve(info.paymentIntentId);
  const page = (pi.next_action?.use_stripe_sdk as { stripe_js: string }).stripe_js;
  expect((await fetch(page)).status).toBe(200);
  const res = await fetch(`${new URL(page).origin}/3ds/${info.paymentIntentId}/${outcome}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ client_secret: info.clientSecret }),
  });
  expect(res.status).toBe(200);
  return res.text();
}

describe('processOrder with a card that needs 3-D Secure', () => {
  it.each(['pm_card_authenticationRequired', 'pm_card_threeDSecure2Required'])(
    '%s: PaymentActionRequired, no order; after Complete the same key writes the order and captures',
    async (paymentMethodId) => {
      const book = await makeBook({ priceCents: 1500, stock: 3 });
      const { auth, tokens } = await customer();
      const input = orderInput([{ bookId: book.id, quantity: 1 }], { paymentMethodId });

      const info = await actionRequired(input, auth);
      expect(info.clientSecret).toMatch(new RegExp(`^${info.paymentIntentId}_secret_`));
      expect(await stockOf(book.id)).toBe(3);
      // Asking again before the customer answers: the same intent and secret.
      expect(await actionRequired(input, auth)).toEqual(info);

      expect(await answerChallenge(info, 'complete')).toContain('"outcome":"complete"');
      const res = await gql(PROCESS_ORDER, { input }, auth);
      expect(res.errors).toBeUndefined();
      expect(res.data?.processOrder).toMatchObject({ paymentIntentId: info.paymentIntentId, totalCents: 1500 });
      expect(await stockOf(book.id)).toBe(2);
      const intents = await paymentIntentsOf(tokens.sub);
      expect(intents.map((pi) => [pi.id, pi.status])).toEqual([[info.paymentIntentId, 'succeeded']]);
    },
  );

  it('Fail: PaymentDeclined with a clear message, nothing held; the same key with Visa then pays', async () => {
    const book = await makeBook({ priceCents: 900, stock: 3 });
    const { auth, tokens } = await customer();
    const input = orderInput([{ bookId: book.id, quantity: 1 }], { paymentMethodId: 'pm_card_authenticationRequired' });
    const info = await actionRequired(input, auth);
    expect(await answerChallenge(info, 'fail')).toContain('"outcome":"fail"');

    const declined = await gql(PROCESS_ORDER, { input }, auth);
    expect(errorTypes(declined)).toEqual(['PaymentDeclined']);
    expect(declined.errors!.find((e) => e.errorType)!.message).toMatch(/could not confirm.*not been charged/i);
    expect(await stockOf(book.id)).toBe(3);

    const paid = await gql(PROCESS_ORDER, { input: { ...input, paymentMethodId: 'pm_card_visa' } }, auth);
    expect(paid.errors).toBeUndefined();
    expect(await stockOf(book.id)).toBe(2);
    const byId = new Map((await paymentIntentsOf(tokens.sub)).map((pi) => [pi.id, pi.status]));
    expect(byId.get(info.paymentIntentId)).toBe('canceled');
    expect(byId.get(paid.data!.processOrder.paymentIntentId)).toBe('succeeded');
    expect(byId.size).toBe(2);
  });

  it('after a failed challenge, trying again with the same card asks for a fresh challenge', async () => {
    const book = await makeBook({ stock: 3 });
    const { auth } = await customer();
    const input = orderInput([{ bookId: book.id, quantity: 1 }], { paymentMethodId: 'pm_card_threeDSecure2Required' });
    const first = await actionRequired(input, auth);
    await answerChallenge(first, 'fail');
    expect(errorTypes(await gql(PROCESS_ORDER, { input }, auth))).toEqual(['PaymentDeclined']);
    const second = await actionRequired(input, auth);
    expect(second.paymentIntentId).not.toBe(first.paymentIntentId);
    await answerChallenge(second, 'complete');
    expect((await gql(PROCESS_ORDER, { input }, auth)).data?.processOrder.paymentIntentId).toBe(second.paymentIntentId);
  });
});
