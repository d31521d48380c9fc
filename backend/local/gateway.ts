/**
 * The local GraphQL endpoint, standing where AppSync's would. It refuses what AWS refuses before the
 * simulator's engine sees a request (bad tokens, wrong API keys, malformed or oversized bodies or documents,
 * queries nested too deep, too many root fields, resolvers or list items, bodies that arrive too slowly), bounds
 * each request by AppSync's 30 s limit and never returns a stack trace. Its one thread is shared fairly between
 * clients (client-lanes.ts), as AppSync's capacity is not shared at all.
 * The simulator runs in this process without its own HTTP server, so there is no way around these checks.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { listenHost } from '@folio/config';
import { parse, type DocumentNode } from 'graphql';
import type { AmplifyAppSyncSimulator } from '@aws-amplify/amplify-appsync-simulator';
// Internals of the pinned simulator (2.16.20): its request runner and auth-mode detection, minus its server.
import { runQueryOrMutation } from '@aws-amplify/amplify-appsync-simulator/lib/utils/graphql-runner/query-and-mutation';
import {
  extractHeader,
  extractJwtToken,
  getAuthorizationMode,
} from '@aws-amplify/amplify-appsync-simulator/lib/utils/auth-helpers';
import { getOperationType } from '@aws-amplify/amplify-appsync-simulator/lib/utils/graphql-runner/helpers';
import type { TokenVerifier } from './tokens';
import { queryDepth } from './query-depth';
import { queryCost } from './query-cost';
import { queryItems } from './query-items';
import { readBody } from './read-body';
import { ClientLanes, type LaneOptions } from './client-lanes';
import { API_LIMITS } from '../graphql/limits';

export interface GatewayOptions {
  port: number;
  simulator: AmplifyAppSyncSimulator;
  apiKey: string;
  tokens: TokenVerifier;
  maxBodyBytes?: number;
  maxQueryBytes?: number;
  maxDepth?: number;
  maxRootFields?: number;
  maxResolvers?: number;
  maxListItems?: number;
  bodyDeadlineMs?: number;
  timeoutMs?: number;
  /** Fair turns between clients on this one thread (client-lanes.ts). */
  lanes?: LaneOptions;
  /** Lambdas behind Function URLs on AWS, served here at a path (POST): the same handler code. */
  functionUrls?: Record<string, FunctionUrlHandler>;
}

export type FunctionUrlHandler = (event: {
  headers: Record<string, string | undefined>;
  body: string;
  isBase64Encoded: boolean;
}) => Promise<{ statusCode: number; headers: Record<string, string>; body: string }>;

/** A Function URL request: the raw body as base64 (signatures are over the exact bytes), headers lower-cased. */
async function serveFunctionUrl(
  req: IncomingMessage,
  res: ServerResponse,
  fn: FunctionUrlHandler,
  opts: Required<Omit<GatewayOptions, 'port'>>,
): Promise<void> {
  if (req.method !== 'POST') return void res.writeHead(405, { allow: 'POST' }).end();
  const body = await readBody(req, { maxBytes: opts.maxBodyBytes, deadlineMs: opts.bodyDeadlineMs });
  if (typeof body === 'string') return void res.writeHead(body === 'too-large' ? 413 : 408).end();
  const headers = Object.fromEntries(
    Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : v]),
  );
  const out = await fn({ headers, body: body.toString('base64'), isBase64Encoded: true });
  res.writeHead(out.statusCode, { ...out.headers, 'content-length': Buffer.byteLength(out.body) });
  res.end(out.body);
}

/** AppSync's fixed limits (body size, 30 s) and the API's own (graphql/limits.ts, which the CDK API sets too). */
export const GATEWAY_LIMITS = {
  maxBodyBytes: 1024 * 1024,
  maxQueryBytes: API_LIMITS.queryBytes,
  maxDepth: API_LIMITS.queryDepth,
  maxRootFields: API_LIMITS.rootFields,
  maxResolvers: API_LIMITS.resolverCount,
  maxListItems: API_LIMITS.listItems,
  bodyDeadlineMs: API_LIMITS.bodyDeadlineSeconds * 1000,
  timeoutMs: 30_000,
} as const;

/**
 * Local only (AppSync gives each request its own capacity): while clients compete, one request at a time each, up
 * to 64 more waiting; a client counts as competing for 1 s after its last request.
 */
export const FAIR_TURNS: LaneOptions = { perClient: 1, maxQueued: 64, activeMs: 1000 };

const CORS_HEADERS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers':
    'authorization, x-api-key, content-type, x-amz-user-agent, x-amz-date, x-amz-security-token',
  'access-control-allow-methods': 'POST, OPTIONS',
  'access-control-max-age': '86400',
};

type Refusal = { status: number; errorType: string; message: string };

function send(res: ServerResponse, status: number, body: unknown): void {
  const json = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=UTF-8',
    'content-length': Buffer.byteLength(json),
    ...CORS_HEADERS,
  });
  res.end(json);
}

const refuse = (res: ServerResponse, r: Refusal) =>
  send(res, r.status, { errors: [{ errorType: r.errorType, message: r.message }] });

async function authorise(
  req: IncomingMessage,
  opts: Pick<GatewayOptions, 'tokens' | 'apiKey'>,
): Promise<Refusal | null> {
  const token = req.headers.authorization;
  if (token) {
    const result = await opts.tokens.check(token);
    return result.ok ? null : { status: 401, errorType: 'UnauthorizedException', message: result.message };
  }
  const key = req.headers['x-api-key'];
  if (key === undefined)
    return { status: 401, errorType: 'UnauthorizedException', message: 'Valid authorization header not provided.' };
  if (key !== opts.apiKey)
    return { status: 401, errorType: 'UnauthorizedException', message: 'You are not authorized to make this call.' };
  return null;
}

interface GraphQLRequest {
  query: string;
  variables?: Record<string, unknown>;
  operationName?: string;
}

function parseRequest(body: Buffer): GraphQLRequest | Refusal {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    return { status: 400, errorType: 'MalformedHttpRequestException', message: 'The request body is not valid JSON' };
  }
  const request = parsed as Partial<GraphQLRequest> | null;
  if (!request || typeof request !== 'object' || typeof request.query !== 'string') {
    return {
      status: 400,
      errorType: 'MalformedHttpRequestException',
      message: 'The request body must be a JSON object with a "query" string',
    };
  }
  if (request.variables !== undefined && request.variables !== null && typeof request.variables !== 'object') {
    return { status: 400, errorType: 'MalformedHttpRequestException', message: '"variables" must be an object' };
  }
  return request as GraphQLRequest;
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), ms)));
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

async function handle(
  req: IncomingMessage,
  res: ServerResponse,
  opts: Required<Omit<GatewayOptions, 'port'>>,
): Promise<void> {
  const functionUrl = opts.functionUrls[req.url?.split('?')[0] ?? ''];
  if (functionUrl) return serveFunctionUrl(req, res, functionUrl, opts);
  if (req.method === 'OPTIONS') return void res.writeHead(204, CORS_HEADERS).end();
  if (req.url?.split('?')[0] !== '/graphql')
    return refuse(res, { status: 404, errorType: 'NotFound', message: 'Not found: the API is at /graphql' });
  if (req.method !== 'POST')
    return refuse(res, { status: 405, errorType: 'MethodNotAllowed', message: 'Use POST for GraphQL requests' });
  const body = await readBody(req, { maxBytes: opts.maxBodyBytes, deadlineMs: opts.bodyDeadlineMs });
  if (body === 'too-slow') {
    // Answer, then drop the connection: the rest of a trickled body is not worth waiting for.
    res.setHeader('connection', 'close');
    refuse(res, {
      status: 408,
      errorType: 'RequestTimeout',
      message: `The request body did not arrive within ${opts.bodyDeadlineMs / 1000} s`,
    });
    res.on('finish', () => req.destroy());
    return;
  }
  if (body === 'too-large')
    return refuse(res, {
      status: 413,
      errorType: 'PayloadTooLargeException',
      message: `The request body exceeds ${opts.maxBodyBytes} bytes`,
    });
  const request = parseRequest(body);
  if ('errorType' in request) return refuse(res, request);
  // Before parsing: a flood of huge documents is refused for the price of JSON.parse (WAF blocks it on AWS).
  if (Buffer.byteLength(request.query) > opts.maxQueryBytes)
    return refuse(res, {
      status: 400,
      errorType: 'ValidationError',
      message: `The GraphQL document exceeds ${opts.maxQueryBytes} bytes`,
    });
  const refusal = await authorise(req, opts);
  if (refusal) return refuse(res, refusal);

  let doc: DocumentNode;
  try {
    doc = parse(request.query);
  } catch (error) {
    return refuse(res, { status: 400, errorType: 'MalformedHttpRequestException', message: (error as Error).message });
  }
  // Cheapest refusal first: an aliased flood is refused before the depth walk.
  const cost = queryCost(opts.simulator.schema, doc, request.operationName);
  if (cost.rootFields > opts.maxRootFields) {
    return refuse(res, {
      status: 400,
      errorType: 'ValidationError',
      message: `The request selects ${cost.rootFields} root fields (aliases included); the limit is ${opts.maxRootFields}`,
    });
  }
  if (cost.resolvers > opts.maxResolvers) {
    return refuse(res, {
      status: 400,
      errorType: 'ValidationError',
      message: `The request would run ${cost.resolvers} resolvers; the limit is ${opts.maxResolvers}`,
    });
  }
  const items = queryItems(opts.simulator.schema, doc, request.variables ?? {}, request.operationName);
  if (items > opts.maxListItems) {
    return refuse(res, {
      status: 400,
      errorType: 'ValidationError',
      message: `The request asks for ${items} list items (the sum of its limits); the limit is ${opts.maxListItems}`,
    });
  }
  const depth = queryDepth(doc);
  if (depth > opts.maxDepth) {
    return refuse(res, {
      status: 400,
      errorType: 'ValidationError',
      message: `Query depth ${depth} exceeds the limit of ${opts.maxDepth}`,
    });
  }
  if (getOperationType(doc, request.operationName) === 'subscription') {
    return refuse(res, {
      status: 400,
      errorType: 'UnsupportedOperation',
      message: 'Subscriptions are not served by the local stack',
    });
  }
  let mode: string;
  try {
    mode = getAuthorizationMode(req.headers as Record<string, string>, opts.simulator.appSyncConfig);
  } catch (error) {
    return refuse(res, { status: 401, errorType: 'UnauthorizedException', message: (error as Error).message });
  }
  const authorization = extractHeader(req.headers as Record<string, string>, 'Authorization');
  const context = {
    jwt: authorization ? extractJwtToken(authorization) : undefined,
    requestAuthorizationMode: mode,
    sourceIp: req.socket.remoteAddress,
    headers: req.headers,
    appsyncErrors: [],
  };
  const result = await withTimeout(
    runQueryOrMutation(
      opts.simulator.schema,
      doc,
      request.variables ?? {},
      request.operationName as string,
      context as never,
    ),
    opts.timeoutMs,
  );
  if (result === 'timeout')
    return refuse(res, {
      status: 504,
      errorType: 'ExecutionTimeout',
      message: `The request exceeded the ${opts.timeoutMs / 1000} s limit`,
    });
  send(res, 200, result);
}

export interface Gateway {
  readonly server: Server;
  close(): Promise<void>;
}

/** Runs `work` in the client's turn (client-lanes.ts); a client with too many waiting gets 429, as AppSync throttles. */
async function inTurn(req: IncomingMessage, res: ServerResponse, lanes: ClientLanes, work: () => Promise<void>) {
  const turn = lanes.enter(req.socket.remoteAddress ?? 'unknown');
  if (turn === 'busy') {
    res.setHeader('retry-after', '1');
    return refuse(res, {
      status: 429,
      errorType: 'TooManyRequestsException',
      message: 'Too many requests from this client at once; retry after 1 s',
    });
  }
  const release = await turn;
  try {
    // A client that gave up while waiting has nobody to answer.
    if (!req.socket.destroyed) await work();
  } finally {
    release();
  }
}

export function startGateway(options: GatewayOptions): Promise<Gateway> {
  const opts = {
    ...GATEWAY_LIMITS,
    lanes: FAIR_TURNS,
    functionUrls: {},
    ...options,
  };
  const lanes = new ClientLanes(opts.lanes);
  const server = createServer((req, res) => {
    inTurn(req, res, lanes, () => handle(req, res, opts)).catch((error) => {
      console.error('GraphQL endpoint failure:', error);
      if (!res.headersSent)
        refuse(res, { status: 500, errorType: 'InternalFailure', message: 'An internal failure occurred' });
    });
  });
  // Keep-alive connections from many clients; no per-socket idle limit shorter than a slow request.
  server.keepAliveTimeout = 65_000;
  // Headers trickled in slowly are cut by Node itself (408), by the same deadline as a slow body.
  server.headersTimeout = opts.bodyDeadlineMs;
  const close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, listenHost(), () => resolve({ server, close }));
  });
}
