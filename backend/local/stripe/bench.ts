// Latency/throughput of the emulator through the official SDK:
//   npx tsx backend/local/stripe/bench.ts   (STRIPE_BENCH_PORT, default 12520)
import Stripe from 'stripe';
import { startStripeEmulator } from './emulator';

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const fmt = (ms: number): string => `${ms.toFixed(2)} ms`;

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

function summary(label: string, samples: number[]): void {
  const s = [...samples].sort((a, b) => a - b);
  console.log(
    `${label}: n=${s.length} median ${fmt(percentile(s, 50))}  p90 ${fmt(percentile(s, 90))}  p99 ${fmt(percentile(s, 99))}  max ${fmt(s[s.length - 1])}`,
  );
}

async function main(): Promise<void> {
  const port = Number(process.env.STRIPE_BENCH_PORT || 12520);
  const emulator = await startStripeEmulator({ port });
  const stripe = new Stripe('sk_test_bench', { host: 'localhost', port, protocol: 'http', maxNetworkRetries: 3 });
  const createConfirm = () =>
    stripe.paymentIntents.create({
      amount: 2000,
      currency: 'usd',
      payment_method: 'pm_card_visa',
      confirm: true,
      metadata: { orderId: 'bench' },
    });
  try {
    for (let i = 0; i < 30; i++) await createConfirm(); // warm-up (JIT, sockets)

    const sequential: number[] = [];
    for (let i = 0; i < 200; i++) sequential.push(await timed(createConfirm));
    summary('create+confirm (automatic), 200 sequential', sequential);

    const charges: number[] = [];
    for (let i = 0; i < 200; i++)
      charges.push(await timed(() => stripe.charges.create({ amount: 2000, currency: 'usd', source: 'tok_visa' })));
    summary('charges.create passthrough, 200 sequential', charges);

    for (const concurrency of [16]) {
      const total = 3200;
      let next = 0;
      const latencies: number[] = [];
      const t0 = Date.now();
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next++ < total) latencies.push(await timed(createConfirm));
        }),
      );
      const seconds = (Date.now() - t0) / 1000;
      console.log(
        `create+confirm at concurrency ${concurrency}: ${total} in ${seconds.toFixed(2)} s = ${(total / seconds).toFixed(0)} req/s`,
      );
      summary(`  latency at concurrency ${concurrency}`, latencies);
    }
  } finally {
    await emulator.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
