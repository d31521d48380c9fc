/**
 * `npm start` as a developer uses it: a separate process on its own ports (defaults + 250), Ctrl-C stops
 * every emulator, and --persist keeps data across restarts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PORT_DEFAULTS } from '@folio/config';
import { isPortFree } from '../../local/ports';
import type { TypedDocument } from '@folio/contract/documents/typed-document';
import type {
  StartCreateBookMutation,
  StartCreateBookMutationVariables,
  StartGetBookQuery,
  StartGetBookQueryVariables,
  StartListBooksQuery,
  StartListBooksQueryVariables,
  StartMyOrdersQuery,
  StartMyOrdersQueryVariables,
  StartProcessOrderMutation,
  StartProcessOrderMutationVariables,
} from '@folio/contract/generated/operations';

const dir = mkdtempSync(join(tmpdir(), 'folio-start-'));
const outputsFile = join(dir, 'amplify_outputs.json');
const env: NodeJS.ProcessEnv = { ...process.env, FOLIO_SKIP_APPS: '1', FOLIO_OUTPUTS_FILE: outputsFile };
for (const [variable, port] of Object.values(PORT_DEFAULTS)) env[variable] = String(port + 250);
const ports = Object.values(PORT_DEFAULTS).map(([, port]) => port + 250);
const graphql = `http://localhost:${PORT_DEFAULTS.graphql[1] + 250}/graphql`;

function start(args: string[]): { child: ChildProcess; ready: Promise<string> } {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(__dirname, '..', '..', 'local', 'start.ts'), ...args],
    { env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  const ready = new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk) => {
      output += chunk;
      if (output.includes('Press Ctrl-C to stop')) resolve(output);
    });
    child.stderr!.on('data', (chunk) => (output += chunk));
    child.once('exit', (code) => reject(new Error(`start exited (${code}) before ready:\n${output}`)));
  });
  return { child, ready };
}

async function interrupt(child: ChildProcess): Promise<number | null> {
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGINT');
  return exited;
}

/** A persisted stack must still answer these (typed by codegen, contract/generated/test-operations.ts). */
const LIST_TWO = <TypedDocument<StartListBooksQuery, StartListBooksQueryVariables>>/* GraphQL */ `
  query StartListBooks {
    listBooks(limit: 2) {
      items {
        id
      }
    }
  }
`;
const CREATE = <TypedDocument<StartCreateBookMutation, StartCreateBookMutationVariables>>/* GraphQL */ `
  mutation StartCreateBook($i: CreateBookInput!) {
    createBook(input: $i) {
      id
    }
  }
`;
const ORDER = <TypedDocument<StartProcessOrderMutation, StartProcessOrderMutationVariables>>/* GraphQL */ `
  mutation StartProcessOrder($input: ProcessOrderInput!) {
    processOrder(input: $input) {
      id
    }
  }
`;
const GET = <TypedDocument<StartGetBookQuery, StartGetBookQueryVariables>>/* GraphQL */ `
  query StartGetBook($id: ID!) {
    getBook(id: $id) {
      title
      stock
    }
  }
`;
const MY_ORDERS = <TypedDocument<StartMyOrdersQuery, StartMyOrdersQueryVariables>>/* GraphQL */ `
  query StartMyOrders {
    myOrders {
      items {
        id
      }
    }
  }
`;

const post = async <R, V>(query: TypedDocument<R, V>, variables: V, headers: Record<string, string>) =>
  (await (
    await fetch(graphql, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    })
  ).json()) as { data: R };

describe('npm start', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('GIVEN --persist WHEN stopped with Ctrl-C and started again THEN every port is released and the data is still there', async () => {
    const first = start(['--persist', join(dir, 'data')]);
    const output = await first.ready;
    expect(output).toContain(graphql);
    const apiKey = /API key (\S+)\)/.exec(output)![1];
    const listed = await post(LIST_TWO, {}, { 'x-api-key': apiKey });
    expect(listed.data.listBooks.items).toHaveLength(2);

    // A write that must survive: sign in as the demo admin through the real endpoint and create a book.
    const { CognitoIdentityProviderClient, GlobalSignOutCommand, InitiateAuthCommand } =
      await import('@aws-sdk/client-cognito-identity-provider');
    const outputs = JSON.parse(readFileSync(outputsFile, 'utf8'));
    const idp = new CognitoIdentityProviderClient({
      endpoint: outputs.custom.folio.userPoolEndpoint,
      region: 'us-east-1',
      credentials: { accessKeyId: 'x', secretAccessKey: 'x' },
    });
    const signIn = async (email: string) =>
      (
        await idp.send(
          new InitiateAuthCommand({
            AuthFlow: 'USER_PASSWORD_AUTH',
            ClientId: outputs.auth.user_pool_client_id,
            AuthParameters: { USERNAME: email, PASSWORD: 'Passw0rd!' },
          }),
        )
      ).AuthenticationResult!.AccessToken!;
    const created = await post(
      CREATE,
      { i: { title: 'Persisted Volume', author: 'Keeper', genre: 'poetry', priceCents: 100, stock: 3 } },
      { authorization: await signIn('admin@folio.test') },
    );
    const id = created.data.createBook.id;
    // And an order (drill: DynamoDB Local restarted with --persist loses no order).
    const ordered = await post(
      ORDER,
      {
        input: {
          idempotencyKey: 'persist-drill',
          paymentMethodId: 'pm_card_visa',
          items: [{ bookId: id, quantity: 1 }],
          shippingAddress: { name: 'P', line1: 'L', city: 'C', postalCode: '1', country: 'GB' },
        },
      },
      { authorization: await signIn('customer@folio.test') },
    );
    const orderId = ordered.data.processOrder.id;
    // A session ended by GlobalSignOut must stay ended after the restart: tokens verify against the same keys.
    const ended = (
      await idp.send(
        new InitiateAuthCommand({
          AuthFlow: 'USER_PASSWORD_AUTH',
          ClientId: outputs.auth.user_pool_client_id,
          AuthParameters: { USERNAME: 'admin@folio.test', PASSWORD: 'Passw0rd!' },
        }),
      )
    ).AuthenticationResult!;
    await idp.send(new GlobalSignOutCommand({ AccessToken: ended.AccessToken }));
    const refresh = () =>
      idp.send(
        new InitiateAuthCommand({
          AuthFlow: 'REFRESH_TOKEN_AUTH',
          ClientId: outputs.auth.user_pool_client_id,
          AuthParameters: { REFRESH_TOKEN: ended.RefreshToken! },
        }),
      );

    expect(await interrupt(first.child)).toBe(0);
    for (const port of ports) expect(await isPortFree(port)).toBe(true);

    const second = start(['--persist', join(dir, 'data')]);
    const again = await second.ready;
    expect(again).toContain('catalog kept from the persisted data');
    const found = await post(GET, { id }, { 'x-api-key': apiKey });
    expect(found.data.getBook).toEqual({ title: 'Persisted Volume', stock: 2 });
    const orders = await post(MY_ORDERS, {}, { authorization: await signIn('customer@folio.test') });
    expect(orders.data.myOrders.items.map((o) => o.id)).toContain(orderId);
    const stale = await fetch(graphql, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: ended.AccessToken! },
      body: JSON.stringify({ query: '{ myOrders { nextToken } }' }),
    });
    expect(stale.status).toBe(401);
    await expect(refresh()).rejects.toMatchObject({
      name: 'NotAuthorizedException',
      message: 'Refresh Token has been revoked',
    });
    idp.destroy();
    expect(await interrupt(second.child)).toBe(0);
    for (const port of ports) expect(await isPortFree(port)).toBe(true);
  }, 240_000); // two full starts and stops: on a shared machine (load 20 on 2 cores) up to 175 s

  it('GIVEN a port in use THEN it names the port and the variable that moves it', async () => {
    const { createServer } = await import('node:net');
    const blocker = createServer().listen(PORT_DEFAULTS.cognito[1] + 250, '127.0.0.1');
    try {
      const run = start([]);
      await expect(run.ready).rejects.toThrow(
        new RegExp(`Port ${PORT_DEFAULTS.cognito[1] + 250} \\(cognito-local\\) is already in use.*COGNITO_PORT=`),
      );
    } finally {
      blocker.close();
    }
  }, 60_000);
});
