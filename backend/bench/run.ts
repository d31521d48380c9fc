/**
 * `npm run bench -w backend`: API latency and throughput on the local stack, with raw DynamoDB Local GetItem
 * as the floor, measured in one run. The stack runs in its own process on ports defaults + 300.
 */
import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import Stripe from 'stripe';
import { putBooks } from '../catalog/book-store';
import { syntheticBooks } from './books';
import { dynamoClient } from '../local/dynamodb';
import { graphql, makeBuyers, startStackProcess } from './harness';
import type { TypedDocument } from '@folio/contract/documents/typed-document';
import type {
  BenchGetBookQuery,
  BenchGetBookQueryVariables,
  BenchListBooksQuery,
  BenchListBooksQueryVariables,
  BenchSearchBooksQuery,
  BenchSearchBooksQueryVariables,
} from '@folio/contract/generated/operations';
import { fmt, median, percentile, throughput, timeEach } from './stats';
import { ORDER, orderInput } from './sample-order';

const PAGE = 24;

async function main() {
  console.log('Starting the local stack in its own process (ports + 300)…');
  const { info, stop } = await startStackProcess();
  const c = info.config;
  const raw = dynamoClient(`http://localhost:${c.ports.dynamodb}`, c.region);
  const db = DynamoDBDocumentClient.from(raw);
  const tables = { books: c.tables.Books, bookSearch: c.tables.BookSearch };
  const post = <R, V>(query: TypedDocument<R, V>, variables: V, auth: Record<string, string>) =>
    graphql(info, query, variables, auth);
  const guest = { 'x-api-key': info.apiKey };
  const rows: [string, string][] = [];
  const report = (name: string, samples: number[]) => {
    rows.push([name, `median ${fmt(median(samples))} · p99 ${fmt(percentile(samples, 99))}`]);
    console.log(
      `  ${name.padEnd(44)} median ${fmt(median(samples)).padStart(9)}  p99 ${fmt(percentile(samples, 99)).padStart(9)}`,
    );
  };

  try {
    await putBooks(db, tables, syntheticBooks(100, 0, c.currency));
    const ids = Array.from({ length: 100 }, (_, i) => `bench-${String(i).padStart(5, '0')}`);
    console.log('\nCatalog of 100 books');
    const getItem = await timeEach(500, (i) =>
      raw.send(new GetItemCommand({ TableName: c.tables.Books, Key: { id: { S: ids[i % 100] } } })),
    );
    report('DynamoDB Local GetItem (raw SDK, the floor)', getItem);
    const GET = <TypedDocument<BenchGetBookQuery, BenchGetBookQueryVariables>>/* GraphQL */ `
      query BenchGetBook($id: ID!) {
        getBook(id: $id) {
          id
          title
          author
          priceCents
          stock
          coverKey
        }
      }
    `;
    const getBook = await timeEach(500, (i) => post(GET, { id: ids[i % 100] }, guest));
    report('getBook', getBook);
    const LIST = <TypedDocument<BenchListBooksQuery, BenchListBooksQueryVariables>>/* GraphQL */ `
      query BenchListBooks($n: String) {
        listBooks(limit: 24, nextToken: $n) {
          items {
            id
            title
            author
            priceCents
            stock
            coverKey
          }
          nextToken
        }
      }
    `;
    // A fixed mid-catalog page (token of page 2) and the first page, alternately.
    const page2 = (await post(LIST, {}, guest)).listBooks.nextToken;
    const list100 = await timeEach(300, (i) => post(LIST, { n: i % 2 ? page2 : null }, guest));
    report(`listBooks, page of ${PAGE}, 100 books`, list100);
    const SEARCH = <TypedDocument<BenchSearchBooksQuery, BenchSearchBooksQueryVariables>>/* GraphQL */ `
      query BenchSearchBooks($q: String!) {
        searchBooks(query: $q, limit: 24) {
          items {
            id
            title
          }
          nextToken
        }
      }
    `;
    const search = await timeEach(300, (i) =>
      post(SEARCH, { q: ['rivers', 'bench vol', 'author 4', 'lant'][i % 4] }, guest),
    );
    report('searchBooks (24 hits)', search);

    console.log('\nGrowing the catalog to 10,000 books…');
    for (let from = 100; from < 10_000; from += 1_000)
      await putBooks(db, tables, syntheticBooks(Math.min(1_000, 10_000 - from), from, c.currency), false);
    const count = await db.send(
      new QueryCommand({
        TableName: c.tables.Books,
        IndexName: 'byTitle',
        KeyConditionExpression: '#c = :c',
        ExpressionAttributeNames: { '#c': 'catalog' },
        ExpressionAttributeValues: { ':c': 'BOOK' },
        Select: 'COUNT',
      }),
    );
    let total = count.Count ?? 0;
    for (let key = count.LastEvaluatedKey; key;) {
      const more = await db.send(
        new QueryCommand({
          TableName: c.tables.Books,
          IndexName: 'byTitle',
          KeyConditionExpression: '#c = :c',
          ExpressionAttributeNames: { '#c': 'catalog' },
          ExpressionAttributeValues: { ':c': 'BOOK' },
          Select: 'COUNT',
          ExclusiveStartKey: key,
        }),
      );
      total += more.Count ?? 0;
      key = more.LastEvaluatedKey;
    }
    const midToken = (await post(LIST, {}, guest)).listBooks.nextToken;
    const list10k = await timeEach(300, (i) => post(LIST, { n: i % 2 ? midToken : null }, guest));
    report(`listBooks, page of ${PAGE}, ${total.toLocaleString('en-US')} books`, list10k);
    const ratio = median(list10k) / median(list100);
    const getRatio = median(getBook) / median(getItem);

    console.log('\nprocessOrder');
    const buyers = await makeBuyers(info, 16);
    const placed: { id: string; totalCents: number; paymentIntentId: string; bookId: string }[] = [];
    const order = async (i: number) => {
      const buyer = buyers[i % buyers.length];
      const bookId = ids[i % 100];
      const out = await post(ORDER, orderInput(bookId), { authorization: buyer.authorization });
      placed.push({ ...out.processOrder, bookId });
    };
    report('processOrder (sequential)', await timeEach(200, order, 10));
    const rates: string[] = [];
    for (const concurrency of [1, 4, 16]) {
      const run = await throughput(concurrency * 100, concurrency, order);
      rates.push(`c${concurrency}: ${run.perSecond.toFixed(0)}/s`);
      console.log(
        `  processOrder at concurrency ${String(concurrency).padEnd(2)}                median ${fmt(median(run.samples)).padStart(9)}  p99 ${fmt(percentile(run.samples, 99)).padStart(9)}  → ${run.perSecond.toFixed(0)} orders/s`,
      );
    }

    // Audit: every returned order is in DynamoDB with its price, stock fell by the number sold, Stripe captured each.
    const stripe = new Stripe(c.stripeSecretKey, { host: 'localhost', port: c.ports.stripe, protocol: 'http' });
    const sold = new Map<string, number>();
    for (const p of placed) sold.set(p.bookId, (sold.get(p.bookId) ?? 0) + 1);
    let bad = 0;
    for (const [bookId, n] of sold) {
      const item = await db.send(new GetCommand({ TableName: c.tables.Books, Key: { id: bookId } }));
      if (item.Item!.stock !== 1_000_000 - n) bad += 1;
    }
    const pis = new Map<string, Stripe.PaymentIntent>();
    for await (const pi of stripe.paymentIntents.list({ limit: 100 })) pis.set(pi.id, pi);
    for (const p of placed) {
      const pi = pis.get(p.paymentIntentId);
      if (!pi || pi.status !== 'succeeded' || pi.amount_received !== p.totalCents) bad += 1;
    }
    const succeeded = [...pis.values()].filter((pi) => pi.status === 'succeeded').length;
    console.log(`\nAudit: ${placed.length} orders, ${succeeded} succeeded PaymentIntents, ${bad} discrepancies`);
    console.log(
      `\nRatios: getBook / raw GetItem = ${getRatio.toFixed(2)}× (target ≤ 2×); listBooks 10,000 / 100 = ${ratio.toFixed(2)}× (target ≤ 1.3×)`,
    );
    console.log(
      `Throughput: ${rates.join(', ')} (target ≥ 150/s at c16, every order correct: ${bad === 0 && succeeded === placed.length ? 'yes' : 'NO'})`,
    );
  } finally {
    raw.destroy();
    await stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
