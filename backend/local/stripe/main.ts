// Standalone Stripe emulator: `npx tsx backend/local/stripe/main.ts`.
// STRIPE_PORT (default 12111), STRIPE_HOST (default FOLIO_HOST, else 127.0.0.1), STRIPE_LOG=1 to log requests.
import { startStripeEmulator } from './emulator';

async function main(): Promise<void> {
  const port = Number(process.env.STRIPE_PORT || 12111);
  const emulator = await startStripeEmulator({
    port,
    host: process.env.STRIPE_HOST || undefined,
    log: process.env.STRIPE_LOG ? (line) => console.log(line) : undefined,
  });
  console.log(`Stripe emulator listening on ${emulator.url}`);

  let stopping = false;
  const stop = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    console.log(`Stripe emulator: ${signal}, stopping`);
    emulator.close().then(
      () => process.exit(0),
      (err) => {
        console.error(err);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
