import type Stripe from 'stripe';
import { sweepAuthorisations } from './sweep';

/** A Stripe client whose list answers `intents` inside the asked window, and records each window asked. */
function listing(intents: Partial<Stripe.PaymentIntent>[]) {
  const windows: { gte: number; lte: number }[] = [];
  const client = {
    paymentIntents: {
      list: ({ created }: { created: { gte: number; lte: number } }) => {
        windows.push(created);
        return (async function* () {
          yield* intents.filter((i) => i.created! >= created.gte && i.created! <= created.lte);
        })();
      },
    },
  } as unknown as Stripe;
  return { client, windows };
}

describe('the sweep window', () => {
  it('starts where the oldest intent that was not final stood, so settled payments are listed once', async () => {
    const intents: Partial<Stripe.PaymentIntent>[] = [
      { id: 'pi_paid', status: 'succeeded', created: 100 },
      { id: 'pi_3ds', status: 'requires_action', created: 200 },
      { id: 'pi_released', status: 'canceled', created: 300 },
    ];
    const { client, windows } = listing(intents);
    await sweepAuthorisations(client, { graceSeconds: 50, now: 1_000 });
    expect(windows[0].gte).toBeLessThan(100);
    expect(windows[0].lte).toBe(950);

    // The 3-D Secure intent may still be authorised: the next sweep lists from it on.
    await sweepAuthorisations(client, { graceSeconds: 50, now: 1_100 });
    expect(windows[1]).toEqual({ gte: 200, lte: 1_050 });

    // Once it is final, the window moves to the last sweep's end (that second listed again).
    intents[1].status = 'succeeded';
    await sweepAuthorisations(client, { graceSeconds: 50, now: 1_200 });
    await sweepAuthorisations(client, { graceSeconds: 50, now: 1_300 });
    expect(windows[3]).toEqual({ gte: 1_150, lte: 1_250 });
  });
});
