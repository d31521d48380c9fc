// Local Stripe API: PaymentIntents (and the PaymentMethods they use) are
// served here; everything else (charges, refunds, customers, ...) goes to an
// in-process stripe-stateful-mock. Point the official SDK at it with
// `new Stripe(key, { host: 'localhost', port, protocol: 'http' })`.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { listenHost, ports } from '@folio/config';
import { authenticate } from './auth';
import type { RequestContext } from './context';
import { StripeApiError, unrecognizedUrl } from './errors';
import { FormObject, parseForm } from './form';
import { Result, errorResult, header, jsonResult, listen, readBody } from './http-io';
import { IdempotencyStore, keyInUseError, keyMismatchError } from './idempotency';
import { randomId } from './ids';
import { startMockBackend } from './mock-backend';
import { forwardToMock } from './passthrough';
import { PaymentIntents } from './payment-intents';
import * as P from './params';
import { PaymentMethods } from './payment-methods';
import { refundPaymentIntent } from './refunds';
import { challengeRoute, writeChallenge } from './three-d-secure';
import { WebhookSender, type WebhookEndpoint } from './webhooks';

export interface StripeEmulatorOptions {
  port: number;
  /** Interface to listen on; default FOLIO_HOST, else 127.0.0.1 (config/index.js). */
  host?: string;
  /** Called with one line per request. */
  log?: (line: string) => void;
  /** Artificial processing time added to every executed API request (to simulate Stripe's latency). */
  latencyMs?: number;
  /** Origins that may frame the 3-D Secure challenge (the store's); default: the shell's on this machine. */
  frameAncestors?: string[];
  /** The origin browsers reach it at (the 3-D Secure page's URL); default http://<host>:<port>. */
  publicUrl?: string;
  /** Where to send signed events (webhooks.ts); none without it. */
  webhook?: WebhookEndpoint;
}

export interface StripeEmulator {
  url: string;
  port: number;
  close(): Promise<void>;
}

type Handler = (ctx: RequestContext, params: FormObject) => Promise<unknown>;

export async function startStripeEmulator(opts: StripeEmulatorOptions): Promise<StripeEmulator> {
  const mock = await startMockBackend();
  const paymentMethods = new PaymentMethods();
  let publicUrl = '';
  const webhooks = new WebhookSender(opts.webhook, opts.log ?? ((line) => console.warn(line)));
  const intents = new PaymentIntents(mock, paymentMethods, () => publicUrl, webhooks);
  const shellPort = ports().shell;
  const frameAncestors = opts.frameAncestors ?? [`http://localhost:${shellPort}`, `http://127.0.0.1:${shellPort}`];
  const idempotency = new IdempotencyStore();
  const host = opts.host ?? listenHost();

  /** Our own endpoints; undefined = forward to the mock. */
  const route = (method: string, path: string, params: FormObject): Handler | undefined => {
    let m: RegExpMatchArray | null;
    if (path === '/v1/payment_intents') {
      if (method === 'POST') return (ctx, p) => intents.create(ctx, p);
      if (method === 'GET') return (ctx, p) => intents.list(ctx, p);
    } else if ((m = path.match(/^\/v1\/payment_intents\/([^/]+)$/))) {
      const id = decodeURIComponent(m[1]);
      if (method === 'GET') return (ctx, p) => intents.retrieve(ctx, id, p);
      if (method === 'POST') return (ctx, p) => intents.update(ctx, id, p);
    } else if ((m = path.match(/^\/v1\/payment_intents\/([^/]+)\/(confirm|capture|cancel)$/)) && method === 'POST') {
      const id = decodeURIComponent(m[1]);
      const action = m[2] as 'confirm' | 'capture' | 'cancel';
      return (ctx, p) => intents[action](ctx, id, p);
    } else if ((m = path.match(/^\/v1\/payment_methods\/([^/]+)$/)) && method === 'GET') {
      const id = decodeURIComponent(m[1]);
      return async (ctx) => paymentMethods.retrieve(ctx.account, id);
    } else if ((m = path.match(/^\/v1\/payment_methods\/([^/]+)\/attach$/)) && method === 'POST') {
      const id = decodeURIComponent(m[1]);
      return async (ctx, p) => {
        const customer = P.required(P.str(p.customer, 'customer'), 'customer');
        await intents.requireCustomer(ctx, customer);
        return paymentMethods.attach(ctx.account, id, customer);
      };
    } else if ((m = path.match(/^\/v1\/payment_methods\/([^/]+)\/detach$/)) && method === 'POST') {
      const id = decodeURIComponent(m[1]);
      return async (ctx) => paymentMethods.detach(ctx.account, id);
    } else if (path === '/v1/refunds' && method === 'POST' && params.payment_intent !== undefined) {
      return (ctx, p) => refundPaymentIntent(intents, mock, ctx, p);
    } else if (!/^\/v1\/(payment_intents|payment_methods)(\/|$)/.test(path)) {
      return undefined;
    }
    return async () => {
      throw unrecognizedUrl(method, path);
    };
  };

  const execute = async (
    ctx: RequestContext,
    method: string,
    url: URL,
    raw: Buffer,
    params: FormObject,
  ): Promise<Result> => {
    try {
      if (opts.latencyMs) await new Promise((r) => setTimeout(r, opts.latencyMs));
      const handler = route(method, url.pathname, params);
      if (!handler) return await forwardToMock(mock, intents, ctx, method, url.pathname + url.search, raw);
      return jsonResult(200, await handler(ctx, params), true);
    } catch (err) {
      return errorResult(err, opts.log);
    }
  };

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const started = process.hrtime.bigint();
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', 'http://emulator');
    const key = header(req, 'idempotency-key');
    const requestId = `req_${randomId(14)}`;
    let result: Result;
    let note = '';
    try {
      const raw = await readBody(req);
      const challenge = url.pathname.startsWith('/3ds/') && (await challengeRoute(intents, method, url, raw));
      if (challenge) {
        writeChallenge(res, challenge, frameAncestors);
        opts.log?.(`${method} ${url.pathname} ${challenge.status} (3-D Secure challenge)`);
        return;
      }
      if (method === 'GET' && url.pathname === '/health') {
        result = jsonResult(200, { ok: true }, false);
      } else {
        const ctx = authenticate(req);
        const params = parseForm(method === 'GET' || raw.length === 0 ? url.search : raw.toString('utf8'));
        if (method !== 'POST' || key === undefined) {
          result = await execute(ctx, method, url, raw, params);
        } else {
          if (key.length > 255)
            throw new StripeApiError(
              400,
              { type: 'invalid_request_error', message: 'Idempotency-Key must be at most 255 characters long.' },
              false,
            );
          const decision = idempotency.begin(ctx.account, key, url.pathname, params);
          if (decision.kind === 'execute') {
            result = { ...(await execute(ctx, method, url, raw, params)), requestId };
            decision.complete(result, result.persist);
          } else if (decision.kind === 'replay') {
            note = ' (idempotent replay)';
            const headers = { 'Idempotent-Replayed': 'true', 'Original-Request': decision.response.requestId };
            result = { ...decision.response, persist: false, headers };
          } else if (decision.kind === 'in_flight') {
            note = ' (idempotency key in use)';
            throw keyInUseError(key);
          } else {
            throw keyMismatchError(decision.message);
          }
        }
      }
    } catch (err) {
      result = errorResult(err, opts.log);
    }
    res.writeHead(result.status, {
      'Content-Type': result.contentType,
      'Content-Length': result.body.length,
      'Request-Id': requestId,
      'Stripe-Version': header(req, 'stripe-version') ?? '2026-10-28.endive',
      ...(key !== undefined ? { 'Idempotency-Key': key } : {}),
      ...result.headers,
    });
    res.end(result.body);
    if (opts.log) {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      opts.log(`${method} ${url.pathname} ${result.status} ${ms.toFixed(1)}ms${note}`);
    }
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err) => {
      opts.log?.(`stripe emulator: failed to answer ${req.method} ${req.url}: ${String(err)}`);
      res.destroy();
    });
  });
  server.keepAliveTimeout = 65_000;
  try {
    await listen(server, opts.port, host);
  } catch (err) {
    await mock.close();
    throw err;
  }
  const port = (server.address() as AddressInfo).port;
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  publicUrl = opts.publicUrl ?? `http://${shownHost}:${port}`;

  return {
    url: publicUrl,
    port,
    close: async () => {
      await webhooks.close();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await mock.close();
    },
  };
}
