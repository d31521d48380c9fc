/**
 * The servers started outside the integration stack's own check (the static app servers of `npm start`) and the
 * Stripe emulator listen on FOLIO_HOST, 127.0.0.1 by default: this machine's other addresses refuse them.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { accepts, listeners, outsideAddresses } from '../test/listen-addresses';
import { serveApp } from './static-apps';
import { startStripeEmulator } from './stripe/emulator';

jest.setTimeout(30_000);

async function expectLoopbackOnly(port: number) {
  expect(await accepts('127.0.0.1', port)).toBe(true);
  for (const address of outsideAddresses()) expect([address, await accepts(address, port)]).toEqual([address, false]);
  expect(listeners(port)?.filter((s) => !s.loopback) ?? []).toEqual([]);
}

describe('local servers listen on 127.0.0.1', () => {
  it('GIVEN an app server THEN only 127.0.0.1 reaches it', async () => {
    const root = mkdtempSync(join(tmpdir(), 'folio-host-'));
    writeFileSync(join(root, 'index.html'), '<!doctype html>');
    const app = await serveApp({ name: 'catalog', root, port: 0, contentSecurityPolicy: () => "default-src 'none'" });
    try {
      await expectLoopbackOnly(app.port);
    } finally {
      await app.close();
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('GIVEN the Stripe emulator THEN only 127.0.0.1 reaches it', async () => {
    const stripe = await startStripeEmulator({ port: 0 });
    try {
      await expectLoopbackOnly(stripe.port);
    } finally {
      await stripe.close();
    }
  });
});
