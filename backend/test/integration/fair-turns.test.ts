/**
 * One client's burst must not occupy the gateway's one thread (local/client-lanes.ts): while another client is
 * active, a flooding source address runs one request at a time, queues up to 64 and is told to back off beyond
 * that, while the other client's requests are answered. The flood comes from 127.0.0.2, another host as far as
 * the gateway can tell (all of 127.0.0.0/8 is loopback).
 */
import { Agent } from 'node:http';
import { postFrom } from '../../bench/post-from';
import { FAIR_TURNS } from '../../local/gateway';
import { gqlRaw, guest } from './client';
import { stackInfo } from './stack-info';

jest.setTimeout(60_000);

const GET_BOOK = JSON.stringify({ query: '{ getBook(id: "fair-turns") { id title } }' });

const fromOtherHost = (agent: Agent) =>
  postFrom(agent, stackInfo().graphqlUrl, GET_BOOK, { 'x-api-key': stackInfo().apiKey });

it('GIVEN another client active WHEN a host sends far more at once than its queue holds THEN the excess gets 429 with Retry-After, the rest 200, and the other client is answered', async () => {
  const agent = new Agent({ localAddress: '127.0.0.2' });
  try {
    expect((await gqlRaw(GET_BOOK, guest())).status).toBe(200);
    const burst = Array.from({ length: 3 * FAIR_TURNS.maxQueued }, () => fromOtherHost(agent));
    const during = gqlRaw(GET_BOOK, guest());
    const results = await Promise.all(burst);
    expect((await during).status).toBe(200);

    const refused = results.filter((r) => r.status === 429);
    expect(refused.length).toBeGreaterThan(0);
    expect(refused.every((r) => r.retryAfter === '1')).toBe(true);
    expect(results.filter((r) => r.status === 200).length).toBeGreaterThanOrEqual(FAIR_TURNS.maxQueued);
    expect(results.every((r) => r.status === 200 || r.status === 429)).toBe(true);
  } finally {
    agent.destroy();
  }
});
