/**
 * `npm run load -w backend`: N customers (default 50, LOAD_CUSTOMERS) each placing orders back to back for a
 * bounded time (default 20 s, LOAD_SECONDS) against the local stack, on books with little stock so that
 * sell-outs race; some pay with 3-D Secure and half of those close the tab after the challenge. Prints orders/s,
 * p50/p99, and an audit of DynamoDB against the Stripe emulator after reconciliation has settled the rest.
 */
import { randomUUID } from 'node:crypto';
import { DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import Stripe from 'stripe';
import { putBooks, toBookItem } from '../catalog/book-store';
import { dynamoClient } from '../local/dynamodb';
import { graphql, makeBuyers, startStackProcess } from './harness';
import type { TypedDocument } from '@folio/contract/documents/typed-document';
import type { LoadProcessOrderMutation, LoadProcessOrderMutationVariables } from '@folio/contract/generated/operations';
import { fmt, median, percentile } from './stats';

const CUSTOMERS = Number(process.env.LOAD_CUSTOMERS ?? 50);
const SECONDS = Number(process.env.LOAD_SECONDS ?? 20);
const BOOKS = 12;
/** Three books sell out mid-run (racing buyers); the rest last the whole run. */
const stockOf = (i: number) => (i < 3 ? 15 : 1_000);
const ORDER = <TypedDocument<LoadProcessOrderMutation, LoadProcessOrderMutationVariables>>/* GraphQL */ `
  mutation LoadProcessOrder($input: ProcessOrderInput!) {
    processOrder(input: $input) {
      id
      totalCents
      paymentIntentId
    }
  }
`;
const ADDRESS = { name: 'Load', line1: '1 Road', city: 'Town', postalCode: '1000', country: 'GB' };
/** Mostly good cards, some declines, so cancellations and declines happen under load too. */
const CARDS = [
  'pm_card_visa',
  'pm_card_visa',
  'pm_card_mastercard',
  'pm_card_visa',
  'pm_card_chargeDeclined',
  'pm_card_visa',
  'pm_card_amex',
  'pm_card_visa',
  'pm_card_visa',
  'pm_card_chargeDeclinedInsufficientFunds',
  // 3-D Secure: the buyer completes the challenge; every other one then closes the tab instead of coming back.
  'pm_card_authenticationRequired',
];

/** How long reconciliation may take to settle what the run left authorised (webhooks, then the 15 s sweep). */
const SETTLE_MS = 90_000;

type ActionInfo = { clientSecret: string; paymentIntentId: string };

/** What the checkout's dialog does: open the challenge and press Complete. */
async function completeChallenge(stripeUrl: string, info: ActionInfo): Promise<void> {
  const res = await fetch(`${stripeUrl}/3ds/${info.paymentIntentId}/complete`, {
    method: 'POST',
    body: new URLSearchParams({ client_secret: info.clientSecret }),
  });
  await res.arrayBuffer();
}

async function main() {
  console.log(
    `Load: ${CUSTOMERS} customers for ${SECONDS} s on ${BOOKS} books (3 of 15 copies, 9 of 1,000) (stack on ports + 350)…`,
  );
  const { info, stop } = await startStackProcess(350);
  const c = info.config;
  const raw = dynamoClient(`http://localhost:${c.ports.dynamodb}`, c.region);
  const db = DynamoDBDocumentClient.from(raw);
  try {
    const now = new Date().toISOString();
    const books = Array.from({ length: BOOKS }, (_, i) =>
      toBookItem(
        `load-${i}`,
        {
          title: `Load Book ${i}`,
          author: 'Load',
          genre: 'mystery',
          priceCents: 700 + i * 50,
          stock: stockOf(i),
          description: null,
          coverKey: null,
          featured: false,
          isbn: null,
          publishedYear: null,
        },
        c.currency,
        now,
      ),
    );
    await putBooks(db, { books: c.tables.Books, bookSearch: c.tables.BookSearch }, books, false);
    const buyers = await makeBuyers(info, CUSTOMERS);
    const stripeUrl = `http://localhost:${c.ports.stripe}`;

    const outcomes = new Map<string, number>();
    const latencies: number[] = [];
    const deadline = Date.now() + SECONDS * 1000;
    let n = 0;
    const started = performance.now();
    await Promise.all(
      buyers.map(async (buyer) => {
        while (Date.now() < deadline) {
          const i = n++;
          const items = [
            { bookId: `load-${i % BOOKS}`, quantity: 1 + (i % 3) },
            ...(i % 4 === 0 ? [{ bookId: `load-${(i + 5) % BOOKS}`, quantity: 1 }] : []),
          ];
          const t = performance.now();
          const input = {
            idempotencyKey: randomUUID(),
            paymentMethodId: CARDS[i % CARDS.length],
            shippingAddress: ADDRESS,
            items,
          };
          const count = (outcome: string) => outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1);
          const place = () => graphql(info, ORDER, { input }, { authorization: buyer.authorization });
          try {
            await place();
            count('ordered');
          } catch (error) {
            const { errorTypes, errorInfo } = error as { errorTypes?: string[]; errorInfo?: ActionInfo };
            const type = errorTypes?.[0] ?? 'transport';
            if (type === 'PaymentActionRequired' && errorInfo) {
              await completeChallenge(stripeUrl, errorInfo);
              if (Math.floor(i / CARDS.length) % 2 === 0) count('3DS completed, tab closed');
              else
                await place().then(
                  () => count('ordered after 3DS'),
                  (e: { errorTypes?: string[] }) => count(`${e.errorTypes?.[0] ?? 'transport'} after 3DS`),
                );
            } else count(type);
          }
          latencies.push(performance.now() - t);
        }
      }),
    );
    const elapsed = (performance.now() - started) / 1000;
    const ordered = outcomes.get('ordered') ?? 0;
    console.log(
      `\n${latencies.length} calls in ${elapsed.toFixed(1)} s: ${(latencies.length / elapsed).toFixed(0)} calls/s, ${(ordered / elapsed).toFixed(0)} orders/s`,
    );
    console.log(`latency p50 ${fmt(median(latencies))} · p99 ${fmt(percentile(latencies, 99))}`);
    console.log(`outcomes: ${[...outcomes].map(([k, v]) => `${k} ${v}`).join(', ')}`);

    // Audit: DynamoDB against Stripe, once reconciliation has settled what the closed tabs left authorised.
    const stripe = new Stripe(c.stripeSecretKey, { host: 'localhost', port: c.ports.stripe, protocol: 'http' });
    const listIntents = async () => {
      const all: Stripe.PaymentIntent[] = [];
      for await (const pi of stripe.paymentIntents.list({ limit: 100 })) all.push(pi);
      return all;
    };
    const settleStarted = performance.now();
    let intents = await listIntents();
    const authorisedAtEnd = intents.filter((pi) => pi.status === 'requires_capture').length;
    while (intents.some((pi) => pi.status === 'requires_capture') && performance.now() - settleStarted < SETTLE_MS) {
      await new Promise((r) => setTimeout(r, 1_000));
      intents = await listIntents();
    }
    console.log(
      `settled: ${authorisedAtEnd} authorised at the end of the run, ${intents.filter((pi) => pi.status === 'requires_capture').length} after ${((performance.now() - settleStarted) / 1000).toFixed(0)} s of webhooks and sweeps`,
    );
    const orders = (await db.send(new ScanCommand({ TableName: c.tables.Orders }))).Items ?? [];
    const stock = (await db.send(new ScanCommand({ TableName: c.tables.Books }))).Items ?? [];
    const succeeded = intents.filter((pi) => pi.status === 'succeeded');
    const orderIds = new Set(orders.map((o) => o.id));
    const byIntent = new Map(orders.map((o) => [o.paymentIntentId, o]));
    const orphanCharges = succeeded.filter((pi) => !orderIds.has(pi.metadata.orderId) || !byIntent.has(pi.id));
    const unpaidOrders = orders.filter(
      (o) => !succeeded.some((pi) => pi.id === o.paymentIntentId && pi.amount_received === o.totalCents),
    );
    const negative = stock.filter((b) => b.stock < 0);
    const soldPerBook = new Map<string, number>();
    for (const o of orders)
      for (const l of o.items) soldPerBook.set(l.bookId, (soldPerBook.get(l.bookId) ?? 0) + l.quantity);
    const stockMismatch = stock.filter(
      (b) => b.stock !== stockOf(Number(String(b.id).slice('load-'.length))) - (soldPerBook.get(b.id) ?? 0),
    );
    const stillAuthorised = intents.filter((pi) => pi.status === 'requires_capture');
    console.log('\nAudit');
    console.log(`  orders in DynamoDB                          ${orders.length}`);
    console.log(
      `  succeeded PaymentIntents                    ${succeeded.length}   ${orders.length === succeeded.length ? '= orders ✓' : '≠ orders ✗'}`,
    );
    console.log(
      `  succeeded without an order                  ${orphanCharges.length}   ${orphanCharges.length ? '✗' : '✓'}`,
    );
    console.log(
      `  orders without a captured payment           ${unpaidOrders.length}   ${unpaidOrders.length ? '✗' : '✓'}`,
    );
    console.log(
      `  authorisations left uncaptured              ${stillAuthorised.length}   ${stillAuthorised.length ? '✗' : '✓'}`,
    );
    console.log(`  books below zero stock                      ${negative.length}   ${negative.length ? '✗' : '✓'}`);
    console.log(
      `  books whose stock ≠ initial − sold          ${stockMismatch.length}   ${stockMismatch.length ? '✗' : '✓'}`,
    );
    const clean =
      orders.length === succeeded.length &&
      !orphanCharges.length &&
      !unpaidOrders.length &&
      !stillAuthorised.length &&
      !negative.length &&
      !stockMismatch.length;
    console.log(clean ? '\nAudit clean.' : '\nAUDIT FAILED.');
    if (!clean) process.exitCode = 1;
  } finally {
    raw.destroy();
    await stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
