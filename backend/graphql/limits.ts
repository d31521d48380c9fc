/**
 * What one GraphQL request may cost, in one place: the CDK API sets the AppSync limits from it and the local
 * gateway enforces the same numbers before the simulator runs anything.
 */
export const API_LIMITS = {
  /** Nesting depth; the apps' deepest query (a Book in a connection) is 3. AppSync accepts 1–75. */
  queryDepth: 10,
  /**
   * Root fields (aliases included) per operation; the apps send one. AppSync has no such setting, so on AWS
   * `resolverCount` bounds the same thing, because every resolver in graphql/api.ts sits on a root field.
   */
  rootFields: 10,
  /** Resolvers one request may run (AppSync `resolverCountLimit`, 1–10,000). */
  resolverCount: 10,
  /** Seconds the gateway waits for a whole request body before it answers 408 (a slow body holds a socket). */
  bodyDeadlineSeconds: 10,
  /**
   * Bytes of the GraphQL document (the body's "query", variables apart); the apps' longest is under 2 KB. Refused
   * before parsing, so a flood of huge documents costs little. AppSync has no such setting: on AWS a WAF rule
   * (cdk/waf.ts) blocks the same sizes, inside the 8 KB of body WAF inspects for AppSync.
   */
  queryBytes: 6 * 1024,
  /**
   * Local only: list items one request may ask for (the sum of its `limit`s), so 10 aliased listBooks(limit: 100)
   * are refused. AppSync runs each request on its own capacity and has no such setting (its bound is resolverCount
   * × a page of 100); the local gateway shares one thread between all clients (SECURITY.md). The apps ask for 24.
   */
  listItems: 100,
} as const;

/**
 * AWS only (WAF in front of AppSync): requests one client IP may send in any 5 minutes before WAF blocks it.
 * A shopper browsing sends a few a second at most; a burst of thousands is abuse. WAF accepts 10–2,000,000,000.
 */
export const WAF_RATE_LIMIT_PER_5_MIN = 1_000;
