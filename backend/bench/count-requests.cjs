/**
 * Preloaded into the benchmark's stack process (node --require): counts the HTTP requests it sends and serves, by
 * port, from Node's diagnostics channels, and writes the counts to FOLIO_REQUEST_COUNTS as they change (at most every 250 ms) and every 500 ms. Round trips
 * per order are what the emulators' CPU follows, and unlike time they do not move with the machine's load.
 */
const dc = require('node:diagnostics_channel');
const { renameSync, writeFileSync } = require('node:fs');

const file = process.env.FOLIO_REQUEST_COUNTS;
const counts = {};
let written = 0;
const write = () => {
  written = Date.now();
  if (!file) return;
  // Whole files only: the benchmark reads it at any moment.
  writeFileSync(`${file}.part`, JSON.stringify(counts));
  renameSync(`${file}.part`, file);
};
const add = (key) => {
  counts[key] = (counts[key] ?? 0) + 1;
  if (Date.now() - written > 250) write();
};

const portOf = (host) =>
  `:${String(host ?? '?')
    .split(':')
    .pop()}`;
/** Held here: Node 20 keeps channels only weakly, and a collected channel drops its subscribers. */
const channels = {
  'http.client.request.start': ({ request }) => add(`sent to ${portOf(request.getHeader('host'))}`),
  'http.server.request.start': ({ server }) => add(`served on :${server.address()?.port ?? '?'}`),
  'undici:request:create': ({ request }) => add(`sent to ${portOf(new URL(request.origin).host)} (fetch)`),
};
globalThis.folioRequestChannels = Object.entries(channels).map(([name, onMessage]) => {
  const channel = dc.channel(name);
  channel.subscribe(onMessage);
  return channel;
});

setInterval(write, 500).unref();
