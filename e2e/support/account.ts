/**
 * Helpers for the account journeys (e2e/tests/account*.spec.ts): the stack's settings, Cognito sign-in and
 * verification codes, and orders placed through the GraphQL API. Additive: nothing else in e2e/ uses them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PlaceTestOrderMutation, ProcessOrderInput } from '@folio/contract/generated/operations';

/** The parts of amplify_outputs.json these helpers read (global-setup.ts passes it as FOLIO_E2E_OUTPUTS). */
export interface StackOutputs {
  auth: { user_pool_id: string; user_pool_client_id: string };
  data: { url: string };
  custom: { folio: { userPoolEndpoint: string } };
}

export function stackOutputs(): StackOutputs {
  const outputs = JSON.parse(process.env.FOLIO_E2E_OUTPUTS ?? 'null') as StackOutputs | null;
  if (!outputs) throw new Error('FOLIO_E2E_OUTPUTS is missing: global-setup.ts starts the stack');
  return outputs;
}

/** Where global-setup.ts keeps the stack's state (startStack's stateDir); cognito-local's is under cognito/. */
export const E2E_STATE_DIR =
  process.env.FOLIO_E2E_STATE_DIR ?? join(__dirname, '..', '..', 'backend', '.folio', 'e2e-state');

/**
 * The verification or reset code cognito-local generated for `email`: the one `npm start` prints as
 * "✉ Cognito code for <email>: <code>". global-setup.ts starts the stack without a log, so the printed line is
 * not reachable from a test; cognito-local keeps the same code in its user record (.cognito/db/<pool>.json), read
 * here. Polls briefly: the emulator writes the file after answering.
 */
export async function cognitoCode(
  email: string,
  { outputs = stackOutputs(), stateDir = E2E_STATE_DIR, timeoutMs = 5_000 } = {},
): Promise<string> {
  const file = join(stateDir, 'cognito', '.cognito', 'db', `${outputs.auth.user_pool_id}.json`);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      const db = JSON.parse(readFileSync(file, 'utf8')) as {
        Users?: Record<string, { Attributes?: { Name: string; Value: string }[]; ConfirmationCode?: string }>;
      };
      const user = Object.values(db.Users ?? {}).find((u) =>
        u.Attributes?.some((a) => a.Name === 'email' && a.Value === email),
      );
      if (user?.ConfirmationCode) return user.ConfirmationCode;
    } catch {
      // Not written yet (or mid-write): try again.
    }
    if (Date.now() > deadline) throw new Error(`no Cognito code for ${email} in ${file}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/**
 * Signs in through Cognito's API (USER_PASSWORD_AUTH, as the local stack's app client allows) and returns the ID token.
 */
export async function idToken(email: string, password: string, outputs = stackOutputs()): Promise<string> {
  const response = await fetch(outputs.custom.folio.userPoolEndpoint, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': 'AWSCognitoIdentityProviderService.InitiateAuth',
    },
    body: JSON.stringify({
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: outputs.auth.user_pool_client_id,
      AuthParameters: { USERNAME: email, PASSWORD: password },
    }),
  });
  const body = (await response.json()) as { AuthenticationResult?: { IdToken: string }; message?: string };
  if (!response.ok || !body.AuthenticationResult)
    throw new Error(`Cognito sign-in of ${email} failed: ${body.message ?? response.status}`);
  return body.AuthenticationResult.IdToken;
}

/** An order as placeOrder's document reads it back. */
export type PlacedOrder = PlaceTestOrderMutation['processOrder'];

const PROCESS_ORDER = /* GraphQL */ `
  mutation PlaceTestOrder($input: ProcessOrderInput!) {
    processOrder(input: $input) {
      id
      totalCents
      currency
      paymentIntentId
      createdAt
      items {
        bookId
        title
        unitPriceCents
        quantity
      }
    }
  }
`;

/** Places an order as the customer, as the checkout does: book ids and quantities, Stripe's test card, an address. */
export async function placeOrder(
  token: string,
  items: { bookId: string; quantity: number }[],
  outputs = stackOutputs(),
): Promise<PlacedOrder> {
  const input: ProcessOrderInput = {
    idempotencyKey: `e2e-${Date.now()}-${Math.random().toString(36).slice(2)}`,
    items,
    paymentMethodId: 'pm_card_visa',
    shippingAddress: {
      name: 'Ada Reader',
      line1: '1 Library Lane',
      city: 'Bath',
      postalCode: 'BA1 1AA',
      country: 'GB',
    },
  };
  const response = await fetch(outputs.data.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: token },
    body: JSON.stringify({ query: PROCESS_ORDER, variables: { input } }),
  });
  const body = (await response.json()) as { data?: PlaceTestOrderMutation; errors?: unknown[] };
  if (!body.data?.processOrder) throw new Error(`processOrder failed: ${JSON.stringify(body.errors)}`);
  return body.data.processOrder;
}
