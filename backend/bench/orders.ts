/**
 * `npm run bench:orders -w backend`: a page of 50 from listOrders (the staff order desk) with 1,000 orders and
 * then 100,000, all statuses merged and one status; the target is ≤ 1.3× at 100,000. The stack runs in its own
 * process on ports defaults + 400; orders are written straight into DynamoDB Local, as createOrder stores them.
 */
import { randomBytes } from 'node:crypto';
import { InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider';
import { BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { TypedDocument } from '@folio/contract/documents/typed-document';
import type {
  BenchListOrdersQuery,
  BenchListOrdersQueryVariables,
  OrderStatus,
} from '@folio/contract/generated/operations';
import { cognitoClient, ensureUser } from '../local/cognito';
import { dynamoClient } from '../local/dynamodb';
import { graphql, startStackProcess, type Started } from './harness';
import { fmt, median, percentile, timeEach } from './stats';

const LIST = <TypedDocument<BenchListOrdersQuery, BenchListOrdersQueryVariables>>/* GraphQL */ `
  query BenchListOrders($status: OrderStatus, $limit: Int, $nextToken: String) {
    listOrders(status: $status, limit: $limit, nextToken: $nextToken) {
      items {
        id
        status
        totalCents
        createdAt
      }
      nextToken
    }
  }
`;

const STATUSES: OrderStatus[] = ['PAID', 'SHIPPED', 'DELIVERED', 'CANCELLED', 'REFUNDED'];
const START = Date.parse('2026-01-01T00:00:00Z');

/** Orders `from`…`to` - 1, one a minute, statuses in turn: what createOrder and the transitions store. */
function orders(from: number, to: number) {
  return Array.from({ length: to - from }, (_, k) => {
    const i = from + k;
    const at = new Date(START + i * 60_000).toISOString();
    const status = STATUSES[i % STATUSES.length];
    return {
      id: randomBytes(16).toString('hex'),
      customerId: `bench-customer-${i % 500}`,
      items: [{ bookId: 'bench-book', title: 'Bench Book', unitPriceCents: 1000, quantity: 1 }],
      totalCents: 1000,
      currency: 'USD',
      status,
      paymentIntentId: `pi_bench_${i}`,
      shippingAddress: { name: 'B', line1: '1 Road', city: 'Bath', postalCode: 'BA1', country: 'GB' },
      createdAt: at,
      updatedAt: at,
      refundedCents: status === 'REFUNDED' ? 1000 : 0,
      history: [{ at, kind: 'PLACED', status: 'PAID', actor: 'CUSTOMER', amountCents: 1000 }],
    };
  });
}

async function write(db: DynamoDBDocumentClient, table: string, items: Record<string, unknown>[]) {
  const batches = Array.from({ length: Math.ceil(items.length / 25) }, (_, b) => items.slice(b * 25, b * 25 + 25));
  let next = 0;
  await Promise.all(
    Array.from({ length: 8 }, async () => {
      while (next < batches.length) {
        let request = { [table]: batches[next++].map((Item) => ({ PutRequest: { Item } })) };
        while (Object.keys(request).length) {
          const out = await db.send(new BatchWriteCommand({ RequestItems: request }));
          request = (out.UnprocessedItems ?? {}) as typeof request;
        }
      }
    }),
  );
}

async function adminToken(info: Started): Promise<string> {
  const c = info.config;
  const idp = cognitoClient(`http://localhost:${c.ports.cognito}`, c.region, c.cognitoCredentials);
  try {
    const email = `bench-admin-${randomBytes(3).toString('hex')}@folio.test`;
    await ensureUser(idp, info.pool, { email, password: 'Passw0rd!', groups: ['Admin'] });
    const out = await idp.send(
      new InitiateAuthCommand({
        AuthFlow: 'USER_PASSWORD_AUTH',
        ClientId: info.pool.clientId,
        AuthParameters: { USERNAME: email, PASSWORD: 'Passw0rd!' },
      }),
    );
    return out.AuthenticationResult!.AccessToken!;
  } finally {
    idp.destroy();
  }
}

async function main() {
  console.log('Starting the local stack in its own process (ports + 400)…');
  const { info, stop } = await startStackProcess(400);
  const c = info.config;
  const db = DynamoDBDocumentClient.from(dynamoClient(`http://localhost:${c.ports.dynamodb}`, c.region), {
    marshallOptions: { removeUndefinedValues: true },
  });
  try {
    const auth = { authorization: await adminToken(info) };
    const page = async (status?: OrderStatus) => {
      const out = await graphql(info, LIST, { status, limit: 50 }, auth);
      if (out.listOrders.items.length !== 50) throw new Error(`a page of ${out.listOrders.items.length}, not 50`);
    };
    const figures: Record<string, { all: number[]; one: number[] }> = {};
    const measure = async (label: string) => {
      figures[label] = { all: await timeEach(200, () => page()), one: await timeEach(200, () => page('SHIPPED')) };
      for (const [name, samples] of Object.entries(figures[label])) {
        console.log(
          `  ${label} orders, ${name === 'all' ? 'all statuses' : 'SHIPPED    '}  median ${fmt(median(samples))}  p99 ${fmt(percentile(samples, 99))}`,
        );
      }
    };
    await write(db, c.tables.Orders, orders(0, 1_000));
    await measure('1,000');
    const started = Date.now();
    for (let from = 1_000; from < 100_000; from += 11_000)
      await write(db, c.tables.Orders, orders(from, from + 11_000));
    console.log(`  (99,000 more orders written in ${((Date.now() - started) / 1000).toFixed(0)} s)`);
    await measure('100,000');
    for (const name of ['all', 'one'] as const) {
      const ratio = median(figures['100,000'][name]) / median(figures['1,000'][name]);
      console.log(
        `listOrders ${name === 'all' ? 'all statuses' : 'one status'}: 100,000 / 1,000 = ${ratio.toFixed(2)}× (target ≤ 1.3×)`,
      );
    }
  } finally {
    db.destroy();
    await stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
