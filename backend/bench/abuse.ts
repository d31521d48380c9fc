/**
 * `cd backend && npx tsx bench/abuse.ts`: does an abusive burst slow everyone else down? A getBook client measures its
 * median alone (idle), then while attackers send, in parallel, requests of 300 aliased listBooks(limit: 100) (the
 * issue's attack, now refused before it runs), of 10 (refused by the list-items cap) and then requests of the most the
 * limits allow (10 aliases of 10 books, one listBooks of 100).
 * Target: getBook's median under each burst ≤ 2× idle. The stack runs in its own process on ports defaults + 400.
 * The attackers connect from 127.0.0.2 and getBook from 127.0.0.1: two hosts, as an attacker and a shopper are (the
 * gateway shares its thread fairly between source addresses, not between requests of one).
 */
import { Agent } from 'node:http';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';
import { putBooks } from '../catalog/book-store';
import { API_LIMITS } from '../graphql/limits';
import { dynamoClient } from '../local/dynamodb';
import { syntheticBooks } from './books';
import { startStackProcess, type Started } from './harness';
import { postFrom } from './post-from';
import { fmt, median, percentile, timeEach } from './stats';

const SAMPLES = 100;
const ATTACKERS = 8;

const aliasedListBooks = (n: number, limit = 100) =>
  `{ ${Array.from({ length: n }, (_, i) => `b${i}: listBooks(limit: ${limit}) { items { id title author description } nextToken }`).join(' ')} }`;

async function post(info: Started, query: string): Promise<{ status: number; bytes: number }> {
  const res = await fetch(info.graphql, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': info.apiKey },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, bytes: (await res.arrayBuffer()).byteLength };
}

/** The attackers' own source address (all of 127.0.0.0/8 is loopback on Linux). */
const attackerAgent = new Agent({ keepAlive: true, localAddress: '127.0.0.2' });

const postAsAttacker = (info: Started, query: string) =>
  postFrom(attackerAgent, info.graphql, JSON.stringify({ query }), { 'x-api-key': info.apiKey });

/** `ATTACKERS` loops sending `query` back to back until `stop` resolves; counts requests, statuses and bytes. */
function burst(info: Started, query: string) {
  let running = true;
  const seen = { requests: 0, bytes: 0, statuses: new Map<number, number>() };
  const loops = Array.from({ length: ATTACKERS }, async () => {
    while (running) {
      const { status, bytes } = await postAsAttacker(info, query);
      seen.requests += 1;
      seen.bytes += bytes;
      seen.statuses.set(status, (seen.statuses.get(status) ?? 0) + 1);
    }
  });
  return {
    stop: async () => {
      running = false;
      await Promise.all(loops);
      return seen;
    },
  };
}

async function main() {
  console.log('Starting the local stack in its own process (ports + 400)…');
  const { info, stop } = await startStackProcess(400);
  try {
    const c = info.config;
    const db = DynamoDBDocumentClient.from(dynamoClient(`http://localhost:${c.ports.dynamodb}`, c.region));
    await putBooks(db, { books: c.tables.Books, bookSearch: c.tables.BookSearch }, syntheticBooks(200, 0, c.currency));
    const getBook = `{ getBook(id: "bench-00042") { id title priceCents stock } }`;
    const check = await post(info, getBook);
    if (check.status !== 200) throw new Error(`getBook answered ${check.status}`);

    // DynamoDB Local's own latency beside it: the emulator is shared by every client too, and AWS's DynamoDB is not.
    const getItem = () => db.send(new GetCommand({ TableName: c.tables.Books, Key: { id: 'bench-00042' } }));
    const idle = await timeEach(SAMPLES, () => post(info, getBook));
    const idleItem = await timeEach(SAMPLES / 2, getItem, 5);
    const rows: string[] = [
      `| idle | ${fmt(median(idle))} | ${fmt(percentile(idle, 99))} | 1.00× | ${fmt(median(idleItem))} | |`,
    ];
    const perAlias = API_LIMITS.listItems / API_LIMITS.rootFields;
    for (const [label, aliases, limit] of [
      ['300 aliased listBooks(limit: 100), refused (document size)', 300, 100],
      [`${API_LIMITS.rootFields} aliased listBooks(limit: 100), refused (list items)`, API_LIMITS.rootFields, 100],
      [
        `${API_LIMITS.rootFields} aliased listBooks(limit: ${perAlias}), the most allowed`,
        API_LIMITS.rootFields,
        perAlias,
      ],
      [`1 listBooks(limit: ${API_LIMITS.listItems}), the most allowed`, 1, API_LIMITS.listItems],
    ] as const) {
      const attack = burst(info, aliasedListBooks(aliases, limit));
      const started = performance.now();
      const samples = await timeEach(SAMPLES, () => post(info, getBook), 5);
      const items = await timeEach(SAMPLES / 2, getItem, 5);
      const seconds = (performance.now() - started) / 1000;
      const seen = await attack.stop();
      const statuses = [...seen.statuses].map(([s, n]) => `${n}× ${s}`).join(', ');
      rows.push(
        `| ${ATTACKERS} attackers: ${label} | ${fmt(median(samples))} | ${fmt(percentile(samples, 99))} | ` +
          `${(median(samples) / median(idle)).toFixed(2)}× | ${fmt(median(items))} | ` +
          `${(seen.requests / seconds).toFixed(0)} req/s (${statuses}), ` +
          `${(seen.bytes / seconds / 1e6).toFixed(1)} MB/s |`,
      );
    }
    console.log(`\ngetBook (guest), ${SAMPLES} sequential calls per row\n`);
    console.log('| during | median | p99 | median ÷ idle | DynamoDB Local GetItem median | attack |');
    console.log('|---|---|---|---|---|---|');
    for (const row of rows) console.log(row);
  } finally {
    attackerAgent.destroy();
    await stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
