// Small HTTP helpers for the emulator's server.
import type http from 'node:http';
import { StripeApiError } from './errors';
import type { StoredResponse } from './idempotency';

/** A response about to be written (and maybe kept for idempotent replays). */
export interface Result extends StoredResponse {
  /** Keep it for replays with the same Idempotency-Key. */
  persist: boolean;
  headers: Record<string, string>;
}

const MAX_BODY = 1024 * 1024;

export function jsonResult(status: number, body: unknown, persist: boolean): Result {
  // Pretty-printed, as api.stripe.com does.
  return {
    status,
    body: Buffer.from(JSON.stringify(body, null, 2)),
    contentType: 'application/json',
    requestId: '',
    persist,
    headers: {},
  };
}

export function errorResult(err: unknown, log?: (line: string) => void): Result {
  if (err instanceof StripeApiError) {
    return { ...jsonResult(err.status, { error: err.error }, err.persist), headers: err.headers };
  }
  log?.(`stripe emulator: unexpected error: ${err instanceof Error ? err.stack : String(err)}`);
  const message = `Stripe emulator error: ${err instanceof Error ? err.message : String(err)}`;
  return jsonResult(500, { error: { type: 'api_error', message } }, false);
}

export function header(req: http.IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

export function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY) chunks.push(c);
    });
    req.on('end', () => {
      if (size > MAX_BODY)
        reject(new StripeApiError(413, { type: 'invalid_request_error', message: 'Request body too large.' }, false));
      else resolve(Buffer.concat(chunks));
    });
    req.on('error', reject);
  });
}

export function listen(server: http.Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
}
