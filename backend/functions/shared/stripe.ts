/**
 * The Stripe client. On AWS the secret key comes from Secrets Manager by name (STRIPE_SECRET_NAME); the local
 * stack gives STRIPE_SECRET_KEY and the emulator's host/port/protocol. Nothing else differs.
 */
import Stripe from 'stripe';
import { optionalEnv } from './env';

/** Well under AppSync's 30 s limit, so a hung Stripe call still ends with a clear error. */
export const STRIPE_TIMEOUT_MS = 8_000;

let client: Promise<Stripe> | undefined;

async function secretKey(): Promise<string> {
  const direct = optionalEnv('STRIPE_SECRET_KEY');
  if (direct) return direct;
  const name = optionalEnv('STRIPE_SECRET_NAME');
  if (!name) throw new Error('Set STRIPE_SECRET_NAME (Secrets Manager) or STRIPE_SECRET_KEY');
  const { SecretsManagerClient, GetSecretValueCommand } = await import('@aws-sdk/client-secrets-manager');
  const out = await new SecretsManagerClient({}).send(new GetSecretValueCommand({ SecretId: name }));
  if (!out.SecretString) throw new Error(`Secret ${name} is empty`);
  return out.SecretString.trim();
}

export function stripe(): Promise<Stripe> {
  client ??= secretKey().then((key) => {
    const host = optionalEnv('STRIPE_API_HOST');
    return new Stripe(key, {
      timeout: STRIPE_TIMEOUT_MS,
      maxNetworkRetries: 3,
      ...(host
        ? {
            host,
            port: Number(optionalEnv('STRIPE_API_PORT') ?? 443),
            protocol: (optionalEnv('STRIPE_API_PROTOCOL') ?? 'https') as 'http' | 'https',
          }
        : {}),
    });
  });
  client.catch(() => {
    client = undefined;
  });
  return client;
}

export function resetStripe(): void {
  client = undefined;
}
