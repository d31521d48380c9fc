/**
 * Preloaded into the benchmark's stack process (node --require): counts the HTTP requests it sends and serves, by
 * port, from Node's diagnostics channels, and writes the counts to FOLIO_REQUEST_COUNTS every 500 ms. Round trips
 * per order are what the emulators' CPU follows, and unlike time they do not move with the machine's load.
 */
const dc = require('node:diagnostics_channel');
const { writeFileSync } = require('node:fs');

const file = process.env.FOLIO_REQUEST_COUNTS;
const counts = {};
const add = (key) => (counts[key] = (counts[key] ?? 0) + 1);

const portOf = (host) =>
  `:${String(host ?? '?')
    .split(':')
    .pop()}`;
dc.subscribe('http.client.request.start', ({ request }) => add(`sent to ${portOf(request.getHeader('host'))}`));
dc.subscribe('http.server.request.start', ({ server }) => add(`served on :${server.address()?.port ?? '?'}`));
dc.subscribe('undici:request:create', ({ request }) => add(`sent to ${portOf(new URL(request.origin).host)} (fetch)`));

if (file) setInterval(() => writeFileSync(file, JSON.stringify(counts)), 500).unref();
