// For the emulator's own tests: an emulator on a free port and an SDK client pointed at it.
import Stripe from 'stripe';
import { StripeEmulator, StripeEmulatorOptions, startStripeEmulator } from './emulator';

export const TEST_KEY = 'sk_test_emulator';

/** Start on the first free port in 12540–12599 (several test files may run in parallel). */
export async function startTestEmulator(opts: Omit<StripeEmulatorOptions, 'port'> = {}): Promise<StripeEmulator> {
  for (let port = 12540 + Math.floor(Math.random() * 20); port < 12600; port++) {
    try {
      return await startStripeEmulator({ ...opts, port });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw err;
    }
  }
  throw new Error('no free port in 12540-12599');
}

export const testSdk = (em: StripeEmulator, config: Stripe.StripeConfig = {}): Stripe =>
  new Stripe(TEST_KEY, { host: 'localhost', port: em.port, protocol: 'http', maxNetworkRetries: 3, ...config });
