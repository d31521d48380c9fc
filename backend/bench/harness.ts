/** What the benchmark and the load test share: the stack in its own process, and signed-in buyers. */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider';
import { offsetPorts } from '@folio/config';
import { cognitoClient, ensureUser, type UserPool } from '../local/cognito';
import type { LocalConfig } from '../local/config';
import type { TypedDocument } from '@folio/contract/documents/typed-document';

export interface Started {
  graphql: string;
  apiKey: string;
  pool: UserPool;
  config: LocalConfig;
}

/** Starts the stack on ports defaults + `offset` in a child process; resolves when it is ready. */
export function startStackProcess(
  offset = 300,
  extraEnv: NodeJS.ProcessEnv = {},
  extraNodeArgs: string[] = [],
): Promise<{ info: Started; stop: () => Promise<void>; pid: number }> {
  // Its own ports whatever the caller's environment says: { ...offsetPorts(offset, {}) } overrides them all.
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    FOLIO_STATE_DIR: join(__dirname, '..', '.folio', `bench-state-${offset}`),
    ...offsetPorts(offset, {}),
    ...extraEnv,
  };
  const nodeArgs = [...(process.env.BENCH_STACK_NODE_ARGS ?? '').split(' ').filter(Boolean), ...extraNodeArgs];
  const child = spawn(process.execPath, [...nodeArgs, '--import', 'tsx', join(__dirname, 'stack-process.ts')], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const stop = () =>
    new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`stack process exited with ${code}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.startsWith('{"ready"')) resolve({ info: JSON.parse(line), stop, pid: child.pid! });
    });
  });
}

export interface Buyer {
  authorization: string;
  sub: string;
}

/** `count` fresh confirmed customers, signed in through cognito-local. */
export async function makeBuyers(info: Started, count: number): Promise<Buyer[]> {
  const c = info.config;
  const idp = cognitoClient(`http://localhost:${c.ports.cognito}`, c.region, c.cognitoCredentials);
  try {
    return await Promise.all(
      Array.from({ length: count }, async (_, i) => {
        const email = `buyer-${i}-${randomUUID().slice(0, 6)}@folio.test`;
        await ensureUser(idp, info.pool, { email, password: 'Passw0rd!', groups: [] });
        const out = await idp.send(
          new InitiateAuthCommand({
            AuthFlow: 'USER_PASSWORD_AUTH',
            ClientId: info.pool.clientId,
            AuthParameters: { USERNAME: email, PASSWORD: 'Passw0rd!' },
          }),
        );
        const token = out.AuthenticationResult!.AccessToken!;
        return {
          authorization: token,
          sub: JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).sub as string,
        };
      }),
    );
  } finally {
    idp.destroy();
  }
}

/** POST a GraphQL document; throws with the errors when there are any. */
export async function graphql<R, V>(
  info: Started,
  query: TypedDocument<R, V>,
  variables: V,
  auth: Record<string, string>,
): Promise<R> {
  const res = await fetch(info.graphql, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...auth },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as {
    data?: R;
    errors?: { errorType?: string; errorInfo?: Record<string, unknown>; message: string }[];
  };
  if (body.errors)
    throw Object.assign(new Error(body.errors.map((e) => e.message).join('; ')), {
      errorTypes: body.errors.map((e) => e.errorType).filter(Boolean),
      errorInfo: body.errors.find((e) => e.errorInfo)?.errorInfo,
    });
  return body.data as R;
}
