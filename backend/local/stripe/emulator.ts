// Local Stripe API: PaymentIntents (and the PaymentMethods they use) served
// here, everything else (charges, refunds, customers, ...) forwarded to an
// in-process stripe-stateful-mock. Point the official SDK at it with
// `new Stripe(key, { host: 'localhost', port, protocol: 'http' })`.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { StripeApiError, unrecognizedUrl } from './errors';
import { FormObject, parseForm } from './form';
import { IdempotencyStore, StoredResponse } from './idempotency';
import { randomId } from './ids';
import { startMockBackend } from './mock-backend';
import { PaymentIntents, RequestContext, mockError } from './payment-intents';
import { PaymentMethods } from './payment-methods';

export interface StripeEmulatorOptions {
  port: number;
  /** Interface to listen on; default 127.0.0.1. */
  host?: string;
  /** Called with one line per request. */
  log?: (line: string) => void;
  /** Artificial processing time added to every executed API request (simulates Stripe's latency). */
  latencyMs?: number;
}

export interface StripeEmulator {
  url: string;
  port: number;
  close(): Promise<void>;
}

interface Result extends StoredResponse {
  persist: boolean;
  headers: Record<string, string>;
}

type Route = (ctx: RequestContext, params: FormObject) => Promise<unknown>;

const MAX_BODY = 1024 * 1024;
const JSON_TYPE = 'application/json';

export async function startStripeEmulator(opts: StripeEmulatorOptions): Promise<StripeEmulator> {
  const mock = await startMockBackend();
  const paymentMethods = new PaymentMethods();
  const intents = new PaymentIntents(mock, paymentMethods);
  const idempotency = new IdempotencyStore();
  const host = opts.host ?? '127.0.0.1';

  const route = (method: string, path: string, params: FormObject): Route | 'passthrough' => {
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
    } else if (path === '/v1/refunds' && method === 'POST' && params.payment_intent !== undefined) {
      return (ctx, p) => intents.refund(ctx, p);
    } else if (!/^\/v1\/(payment_intents|payment_methods)(\/|$)/.test(path)) {
      return 'passthrough';
    }
    return async () => {
      throw unrecognizedUrl(method, path);
    };
  };

  const passthrough = async (ctx: RequestContext, method: string, pathAndQuery: string, body: Buffer): Promise<Result> => {
    const res = await mock.request({ method, path: pathAndQuery, headers: ctx.forward, body: method === 'GET' ? undefined : body });
    let parsed: any;
    try {
      parsed = JSON.parse(res.body.toString('utf8'));
    } catch {
      return { ...res, requestId: '', persist: true, headers: {} };
    }
    const unknownToken = res.status === 500 && /Unhandled source token '([^']*)'/.exec(String(parsed?.message));
    if (unknownToken) {
      // The mock crashes on sources it does not know (e.g. `pm_card_visa` given to /v1/charges).
      return jsonResult(400, { error: { type: 'invalid_request_error', code: 'resource_missing', message: `No such token: '${unknownToken[1]}'`, param: 'source' } }, false);
    }
    if (res.status >= 400) {
      parsed = mockError(parsed);
      if (res.status === 404 && /^No matching path/.test(parsed.error.message)) {
        parsed = { error: unrecognizedUrl(method, pathAndQuery.split('?')[0]).error };
      }
    } else {
      parsed = intents.link(parsed);
    }
    return jsonResult(res.status, parsed, ![401, 429].includes(res.status));
  };

  const execute = async (
    ctx: RequestContext,
    req: http.IncomingMessage,
    url: URL,
    raw: Buffer,
    params: FormObject,
  ): Promise<Result> => {
    try {
      if (opts.latencyMs) await new Promise((r) => setTimeout(r, opts.latencyMs));
      const handler = route(req.method ?? 'GET', url.pathname, params);
      if (handler === 'passthrough') return await passthrough(ctx, req.method ?? 'GET', url.pathname + url.search, raw);
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
      if (method === 'GET' && url.pathname === '/health') {
        result = jsonResult(200, { ok: true }, false);
      } else {
        const ctx = authenticate(req);
        const params = parseForm(method === 'GET' || raw.length === 0 ? url.search : raw.toString('utf8'));
        if (method === 'POST' && key !== undefined) {
          if (key.length > 255) throw new StripeApiError(400, { type: 'invalid_request_error', message: 'Idempotency-Key must be at most 255 characters long.' }, false);
          const decision = idempotency.begin(ctx.account, key, url.pathname, params);
          if (decision.kind === 'execute') {
            result = { ...(await execute(ctx, req, url, raw, params)), requestId };
            decision.complete(result, result.persist);
          } else if (decision.kind === 'replay') {
            note = ' (idempotent replay)';
            result = {
              ...decision.response,
              persist: false,
              headers: { 'Idempotent-Replayed': 'true', 'Original-Request': decision.response.requestId },
            };
          } else if (decision.kind === 'in_flight') {
            note = ' (idempotency key in use)';
            throw new StripeApiError(
              409,
              {
                type: 'idempotency_error',
                code: 'idempotency_key_in_use',
                doc_url: 'https://stripe.com/docs/error-codes/idempotency-key-in-use',
                message: `There is currently another in-progress request using this Idempotent Key (that probably means you submitted twice, and the other request is still going through): ${key}. Please try again later.`,
              },
              false,
              { 'Stripe-Should-Retry': 'true' },
            );
          } else {
            throw new StripeApiError(400, { type: 'idempotency_error', message: decision.message }, false);
          }
        } else {
          result = await execute(ctx, req, url, raw, params);
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

  return {
    url: `http://${shownHost}:${port}`,
    port,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await mock.close();
    },
  };
}

function jsonResult(status: number, body: unknown, persist: boolean): Result {
  return { status, body: Buffer.from(JSON.stringify(body, null, 2)), contentType: JSON_TYPE, requestId: '', persist, headers: {} };
}

function errorResult(err: unknown, log?: (line: string) => void): Result {
  if (err instanceof StripeApiError) {
    return { ...jsonResult(err.status, { error: err.error }, err.persist), headers: err.headers };
  }
  log?.(`stripe emulator: unexpected error: ${err instanceof Error ? err.stack : String(err)}`);
  return jsonResult(500, { error: { type: 'api_error', message: `Stripe emulator error: ${err instanceof Error ? err.message : String(err)}` } }, false);
}

function header(req: http.IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/** Any `sk_test_` key is accepted (Bearer, or Basic with the key as user name, as curl -u does). */
function authenticate(req: http.IncomingMessage): RequestContext {
  const authorization = header(req, 'authorization') ?? '';
  let key = '';
  if (/^Bearer /i.test(authorization)) key = authorization.slice(7).trim();
  else if (/^Basic /i.test(authorization)) key = Buffer.from(authorization.slice(6), 'base64').toString('utf8').split(':')[0];
  if (!key) {
    throw new StripeApiError(
      401,
      {
        type: 'invalid_request_error',
        message:
          "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/.",
      },
      false,
      { 'WWW-Authenticate': 'Basic realm="Stripe"' },
    );
  }
  if (!key.startsWith('sk_test_')) {
    const shown = key.length > 15 ? `${key.slice(0, 11)}${'*'.repeat(key.length - 15)}${key.slice(-4)}` : key;
    throw new StripeApiError(401, { type: 'invalid_request_error', message: `Invalid API Key provided: ${shown}` }, false);
  }
  const stripeAccount = header(req, 'stripe-account');
  const forward: Record<string, string> = { authorization: `Bearer ${key}` };
  if (stripeAccount) forward['stripe-account'] = stripeAccount;
  return { account: stripeAccount ?? 'acct_default', forward, stripeVersion: header(req, 'stripe-version') };
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new StripeApiError(413, { type: 'invalid_request_error', message: 'Request body too large.' }, false));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function listen(server: http.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}
