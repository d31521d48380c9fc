/**
 * Codes arrive at once: a local Cognito of its own (proxy + cognito-local, as the stack starts them), so the test
 * can read the codes it reports. A new customer confirms with the code of a ResendConfirmationCode.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import {
  ConfirmSignUpCommand,
  InitiateAuthCommand,
  ResendConfirmationCodeCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { REGION } from '@folio/config';
import { cognitoClient, ensureUserPool, startCognito, type LocalCognito, type UserPool } from '../../local/cognito';
import { Revocations } from '../../local/cognito-revocations';
import { tokenVerifier } from '../../local/tokens';

jest.setTimeout(90_000);

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

const credentials = { accessKeyId: 'codes-test', secretAccessKey: randomUUID() };
const codes: { destination: string; code: string; at: number }[] = [];
let dir: string;
let cognito: LocalCognito;
let pool: UserPool;
let endpoint: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'folio-codes-'));
  const [port, internalPort] = [await freePort(), await freePort()];
  endpoint = `http://localhost:${port}`;
  const revocations = new Revocations();
  cognito = await startCognito({
    port,
    internalPort,
    dir,
    region: REGION,
    credentials,
    origins: [],
    revocations,
    onCode: (destination, code) => codes.push({ destination, code, at: Date.now() }),
  });
  const admin = cognitoClient(endpoint, REGION, credentials);
  pool = await ensureUserPool(admin, endpoint);
  admin.destroy();
  cognito.proxy.attach(pool, await tokenVerifier(pool, revocations));
});

afterAll(async () => {
  await cognito?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function codeFor(email: string, after: number, withinMs = 2000): Promise<string> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const found = codes.find((c) => c.destination === email && c.at >= after);
    if (found) return found.code;
    if (Date.now() > deadline) throw new Error(`No code for ${email} within ${withinMs} ms`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

it('GIVEN a sign-up THEN its code arrives at once; GIVEN a resend THEN a new code confirms the account', async () => {
  const customer = cognitoClient(endpoint, REGION);
  const email = `codes-${randomUUID().slice(0, 8)}@folio.test`;
  const ClientId = pool.clientId;

  const signedUpAt = Date.now();
  await customer.send(
    new SignUpCommand({
      ClientId,
      Username: email,
      Password: 'Passw0rd!',
      UserAttributes: [{ Name: 'email', Value: email }],
    }),
  );
  const first = await codeFor(email, signedUpAt);

  const resentAt = Date.now();
  await customer.send(new ResendConfirmationCodeCommand({ ClientId, Username: email }));
  const second = await codeFor(email, resentAt);
  expect(codes.filter((c) => c.destination === email)).toHaveLength(2);

  await expect(
    customer.send(
      new ConfirmSignUpCommand({ ClientId, Username: email, ConfirmationCode: first === second ? 'x' : first }),
    ),
  ).rejects.toMatchObject({ name: 'CodeMismatchException' });
  await customer.send(new ConfirmSignUpCommand({ ClientId, Username: email, ConfirmationCode: second }));
  const out = await customer.send(
    new InitiateAuthCommand({
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId,
      AuthParameters: { USERNAME: email, PASSWORD: 'Passw0rd!' },
    }),
  );
  customer.destroy();
  expect(out.AuthenticationResult?.AccessToken).toBeTruthy();
});
