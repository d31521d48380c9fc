/**
 * The Stripe client. On AWS the secret key comes from Secrets Manager by name (STRIPE_SECRET_NAME); the local
 * stack gives STRIPE_SECRET_KEY and the emulator's host/port/protocol. Nothing else differs. The webhook
 * signing secret is found the same way.
 */
import Stripe from 'stripe';
import { optionalEnv } from './env';

/** Well under AppSync's 30 s limit, so a hung Stripe call still ends with a clear error. */
export const STRIPE_TIMEOUT_MS = 8_000;

let client: Promise<Stripe> | undefined;

/** A secret given directly (local stack) or by its Secrets Manager name (AWS). */
async function secretFrom(directVar: string, nameVar: string): Promise<string> {
  const direct = optionalEnv(directVar);
  if (direct) return direct;
  const name = optionalEnv(nameVar);
  if (!name) throw new Error(`Set ${nameVar} (Secrets Manager) or ${directVar}`);
  const { SecretsManagerClient, GetSecretValueCommand } = await import('@aws-sdk/client-secrets-manager');
  const out = await new SecretsManagerClient({}).send(new GetSecretValueCommand({ SecretId: name }));
  if (!out.SecretString) throw new Error(`Secret ${name} is empty`);
  return out.SecretString.trim();
}

const secretKey = () => secretFrom('STRIPE_SECRET_KEY', 'STRIPE_SECRET_NAME');

let signingSecret: Promise<string> | undefined;

/** The webhook endpoint's signing secret (whsec_…): STRIPE_WEBHOOK_SECRET, or by name STRIPE_WEBHOOK_SECRET_NAME. */
export function webhookSecret(): Promise<string> {
  signingSecret ??= secretFrom('STRIPE_WEBHOOK_SECRET', 'STRIPE_WEBHOOK_SECRET_NAME');
  signingSecret.catch(() => {
    signingSecret = undefined;
  });
  return signingSecret;
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
  signingSecret = undefined;
}
