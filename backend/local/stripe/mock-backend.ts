// stripe-stateful-mock, run in-process on an internal loopback port.
//
// The package's only export is `createExpressApp()`; its state lives in module
// globals, so every emulator in one Node process shares the same charges,
// refunds and customers (our own PaymentIntent state is per emulator).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { StripeApiError } from './errors';
import { encodeForm } from './form';

// The package ships no types: its one export is typed here.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
const { createExpressApp } = require('stripe-stateful-mock') as { createExpressApp(): http.RequestListener };

const MOCK_TIMEOUT_MS = 30_000;

export interface MockResponse {
  status: number;
  contentType: string;
  body: Buffer;
}

export interface MockRequest {
  method: string;
  /** Path and query, e.g. `/v1/charges?limit=3`. */
  path: string;
  /** Authorization, Stripe-Account, ... to pass along (never Idempotency-Key). */
  headers: Record<string, string>;
  body?: string | Buffer;
}

export interface MockBackend {
  request(req: MockRequest): Promise<MockResponse>;
  /** `request` + JSON decoding; non-2xx answers are returned, not thrown. */
  json<T = unknown>(req: MockRequest): Promise<{ status: number; body: T }>;
  /** Form-encode `form`, call, decode; non-2xx answers are thrown as StripeApiError. */
  call<T = unknown>(
    method: string,
    path: string,
    headers: Record<string, string>,
    form?: Record<string, unknown>,
  ): Promise<T>;
  close(): Promise<void>;
}

export async function startMockBackend(): Promise<MockBackend> {
  const server = http.createServer(createExpressApp());
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

  const request = (req: MockRequest): Promise<MockResponse> =>
    new Promise((resolve, reject) => {
      const body = req.body === undefined ? undefined : Buffer.from(req.body);
      const headers: Record<string, string | number> = { ...req.headers };
      if (body) {
        headers['content-type'] = 'application/x-www-form-urlencoded';
        headers['content-length'] = body.length;
      }
      const outgoing = http.request(
        { host: '127.0.0.1', port, method: req.method, path: req.path, headers, agent },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 500,
              contentType: String(res.headers['content-type'] ?? 'application/json'),
              body: Buffer.concat(chunks),
            }),
          );
          res.on('error', reject);
        },
      );
      // Never leave a request (and its idempotency key) in flight forever.
      outgoing.setTimeout(MOCK_TIMEOUT_MS, () =>
        outgoing.destroy(
          new Error(`stripe-stateful-mock did not answer ${req.method} ${req.path} within ${MOCK_TIMEOUT_MS} ms`),
        ),
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });

  // The caller names the shape it expects (T): the mock's answers are Stripe's JSON, not checked here.
  const json = async <T>(req: MockRequest): Promise<{ status: number; body: T }> => {
    const res = await request(req);
    try {
      return { status: res.status, body: JSON.parse(res.body.toString('utf8')) as T };
    } catch {
      const body = { error: { type: 'api_error', message: res.body.toString('utf8') } };
      return { status: res.status, body: body as T };
    }
  };

  return {
    request,
    json,
    async call<T>(method: string, path: string, headers: Record<string, string>, form?: Record<string, unknown>) {
      const res = await json<T>({ method, path, headers, body: form && encodeForm(form) });
      if (res.status !== 200) throw new StripeApiError(res.status, mockError(res.body).error);
      return res.body;
    },
    async close() {
      agent.destroy();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

/** A parsed JSON value whose fields can be read (not null, not a primitive). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

type MockError = { error: { type: string; message: string; [k: string]: unknown } };

/** stripe-stateful-mock answers unexpected failures with `{message, stack}`: give them Stripe's shape. */
export function mockError(body: unknown): MockError {
  if (isRecord(body) && isRecord(body.error)) return body as MockError;
  const message = isRecord(body) && typeof body.message === 'string' ? body.message : 'An unknown error occurred';
  return { error: { type: 'api_error', message } };
}
