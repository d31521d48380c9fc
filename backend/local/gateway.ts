/**
 * The local front door of the GraphQL API, standing where AppSync's endpoint would: it refuses what AWS
 * refuses before a request reaches the simulator (bad tokens, wrong API keys, malformed or oversized bodies)
 * and bounds each request by AppSync's 30 s limit.
 */
import { createServer, request as httpRequest, Agent, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { TokenVerifier } from './tokens';

export interface GatewayOptions {
  port: number;
  simulatorPort: number;
  apiKey: string;
  tokens: TokenVerifier;
  maxBodyBytes?: number;
  timeoutMs?: number;
}

export const GATEWAY_LIMITS = { maxBodyBytes: 1024 * 1024, timeoutMs: 30_000 } as const;

const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers': 'authorization, x-api-key, content-type, x-amz-user-agent, x-amz-date, x-amz-security-token',
  'access-control-allow-methods': 'POST, GET, OPTIONS',
  'access-control-max-age': '86400',
};

function sendError(res: ServerResponse, status: number, errorType: string, message: string): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=UTF-8', ...CORS_HEADERS });
  res.end(JSON.stringify({ errors: [{ errorType, message }] }));
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        resolve('too-large');
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Returns a refusal message, or null when the caller may proceed. */
async function authorise(req: IncomingMessage, opts: GatewayOptions): Promise<{ status: number; type: string; message: string } | null> {
  const token = req.headers.authorization;
  if (token) {
    const result = await opts.tokens.check(token);
    return result.ok ? null : { status: 401, type: 'UnauthorizedException', message: result.message };
  }
  const key = req.headers['x-api-key'];
  if (key === undefined) return { status: 401, type: 'UnauthorizedException', message: 'Valid authorization header not provided.' };
  if (key !== opts.apiKey) return { status: 401, type: 'UnauthorizedException', message: 'You are not authorized to make this call.' };
  return null;
}

export interface Gateway {
  readonly server: Server;
  close(): Promise<void>;
}

export function startGateway(opts: GatewayOptions): Promise<Gateway> {
  const limit = opts.maxBodyBytes ?? GATEWAY_LIMITS.maxBodyBytes;
  const timeoutMs = opts.timeoutMs ?? GATEWAY_LIMITS.timeoutMs;
  const agent = new Agent({ keepAlive: true, maxSockets: 64 });

  const server = createServer(async (req, res) => {
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS_HEADERS).end();
      return;
    }
    if (req.url?.split('?')[0] !== '/graphql') return sendError(res, 404, 'NotFound', 'Not found: the API is at /graphql');
    if (req.method !== 'POST') return sendError(res, 405, 'MethodNotAllowed', 'Use POST for GraphQL requests');
    const body = await readBody(req, limit).catch(() => undefined);
    if (body === undefined) return;
    if (body === 'too-large') return sendError(res, 413, 'PayloadTooLargeException', `Request body exceeds ${limit} bytes`);
    let parsed: unknown;
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      return sendError(res, 400, 'MalformedHttpRequestException', 'The request body is not valid JSON');
    }
    if (!parsed || typeof parsed !== 'object' || typeof (parsed as { query?: unknown }).query !== 'string') {
      return sendError(res, 400, 'MalformedHttpRequestException', 'The request body must be a JSON object with a "query" string');
    }
    const refusal = await authorise(req, opts);
    if (refusal) return sendError(res, refusal.status, refusal.type, refusal.message);

    const upstream = httpRequest(
      {
        host: '127.0.0.1',
        port: opts.simulatorPort,
        path: req.url,
        method: 'POST',
        agent,
        headers: { ...req.headers, host: `127.0.0.1:${opts.simulatorPort}`, 'content-length': String(body.length) },
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, { ...answer.headers, ...CORS_HEADERS });
        answer.pipe(res);
      },
    );
    upstream.setTimeout(timeoutMs, () => {
      upstream.destroy();
      if (!res.headersSent) sendError(res, 504, 'ExecutionTimeout', `Request exceeded the ${timeoutMs / 1000} s limit`);
    });
    upstream.on('error', () => {
      if (!res.headersSent) sendError(res, 502, 'ServiceUnavailable', 'The GraphQL engine is not available');
    });
    upstream.end(body);
  });
  const close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
      agent.destroy();
    });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, () => resolve({ server, close }));
  });
}
