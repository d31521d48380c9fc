/**
 * The public local Cognito endpoint: our proxy in front of cognito-local (which listens on 127.0.0.1 only),
 * answering as the CDK pool does on AWS where cognito-local does not:
 * - admin and list operations need a SigV4 signature made with the stack's credentials (IAM on AWS);
 * - CORS answers the store's origins only;
 * - the pool's password policy, generic errors (preventUserExistenceErrors) and case-insensitive usernames;
 * - GlobalSignOut revokes the user's tokens, refresh tokens included (Revocations, which the GraphQL gateway reads
 *   too);
 * - ResendConfirmationCode, which cognito-local lacks, sends a fresh code.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { listenHost } from '@folio/config';
import { checkSignature, type Credentials } from './cognito-sigv4';
import { passwordProblem } from './cognito-password';
import { readBody } from './read-body';
import type { Revocations } from './cognito-revocations';
import type { TokenVerifier } from './tokens';
import { API_LIMITS } from '../graphql/limits';

/** Operations a customer's browser calls (no IAM on AWS): everything else needs the stack's signature. */
export const PUBLIC_OPERATIONS: ReadonlySet<string> = new Set([
  'SignUp',
  'ConfirmSignUp',
  'ResendConfirmationCode',
  'InitiateAuth',
  'RespondToAuthChallenge',
  'ForgotPassword',
  'ConfirmForgotPassword',
  'GetUser',
  'ChangePassword',
  'UpdateUserAttributes',
  'DeleteUserAttributes',
  'VerifyUserAttribute',
  'GetUserAttributeVerificationCode',
  'DeleteUser',
  'GlobalSignOut',
  'RevokeToken',
  'AssociateSoftwareToken',
  'VerifySoftwareToken',
  'SetUserMFAPreference',
]);

const TARGET_PREFIX = 'AWSCognitoIdentityProviderService.';
const MAX_BODY_BYTES = 128 * 1024;
/** The same deadline as the GraphQL gateway's: a trickled body must not hold a socket. */
const BODY_DEADLINE_MS = API_LIMITS.bodyDeadlineSeconds * 1000;
const INCORRECT = 'Incorrect username or password.';

export interface CognitoProxyOptions {
  port: number;
  /** cognito-local's own address, e.g. http://127.0.0.1:10239 */
  target: string;
  region: string;
  credentials: Credentials;
  /** Origins allowed to call the public operations from a browser (the store's apps). */
  origins: readonly string[];
  revocations: Revocations;
}

export interface CognitoProxy {
  readonly server: Server;
  /** The pool and its token check, known once the pool exists (it is created through this proxy). */
  attach(pool: { userPoolId: string }, tokens: TokenVerifier): void;
  close(): Promise<void>;
}

type Json = Record<string, unknown>;
interface Reply {
  status: number;
  body: Json;
}

const awsError = (type: string, message: string, status = 400): Reply => ({
  status,
  body: { __type: type, message },
});

const lower = (value: unknown) => (typeof value === 'string' ? value.toLowerCase() : value);

/** Usernames are emails, case-insensitive in the CDK pool (signInCaseSensitive: false): fold them before cognito-local. */
export function foldUsernames(body: Json): Json {
  const out: Json = { ...body };
  if ('Username' in out) out.Username = lower(out.Username);
  for (const key of ['AuthParameters', 'ChallengeResponses'] as const) {
    const params = out[key] as Json | undefined;
    if (params && typeof params === 'object' && 'USERNAME' in params)
      out[key] = { ...params, USERNAME: lower(params.USERNAME) };
  }
  for (const key of ['UserAttributes'] as const) {
    const attributes = out[key];
    if (Array.isArray(attributes))
      out[key] = attributes.map((a: Json) => (a?.Name === 'email' ? { ...a, Value: lower(a.Value) } : a));
  }
  return out;
}

/** The new password each operation carries, for the pool's policy. */
function newPassword(operation: string, body: Json): unknown {
  if (operation === 'SignUp' || operation === 'ConfirmForgotPassword' || operation === 'AdminSetUserPassword')
    return body.Password;
  if (operation === 'ChangePassword') return body.ProposedPassword;
  if (operation === 'AdminCreateUser') return body.TemporaryPassword;
  if (operation === 'RespondToAuthChallenge') return (body.ChallengeResponses as Json | undefined)?.NEW_PASSWORD;
  return undefined;
}

/** Where a code went, masked as Cognito masks it ("c***@f***"), for known and unknown users alike. */
export function maskedDelivery(email: string): Json {
  const [local = '', domain = ''] = email.split('@');
  return { AttributeName: 'email', DeliveryMedium: 'EMAIL', Destination: `${local[0] ?? ''}***@${domain[0] ?? ''}***` };
}

/** Rewrites cognito-local's answers into what the CDK pool (preventUserExistenceErrors) answers. */
function generic(operation: string, request: Json, reply: Reply): Reply {
  const type = String(reply.body.__type ?? '');
  const username = String(request.Username ?? '');
  if (operation === 'InitiateAuth' && /NotAuthorized|UserNotFound|InvalidPassword/.test(type))
    return awsError('NotAuthorizedException', INCORRECT);
  if (operation === 'ForgotPassword' || operation === 'ResendConfirmationCode') {
    if (reply.status === 200 || type === 'UserNotFoundException')
      return { status: 200, body: { CodeDeliveryDetails: maskedDelivery(username) } };
  }
  if ((operation === 'ConfirmSignUp' || operation === 'ConfirmForgotPassword') && type === 'UserNotFoundException')
    return awsError('CodeMismatchException', 'Invalid verification code provided, please try again.');
  return reply;
}

/**
 * The claims of a token cognito-local issued, unverified: only for tokens it has just accepted or issued (it keeps
 * every refresh token it issued and refuses others).
 */
function claimsOf(token: unknown): Json {
  try {
    return JSON.parse(Buffer.from(String(token).split('.')[1] ?? '', 'base64url').toString('utf8')) as Json;
  } catch {
    return {};
  }
}

const REFRESH_FLOWS = new Set(['REFRESH_TOKEN_AUTH', 'REFRESH_TOKEN']);

/**
 * A refresh issued before the user's GlobalSignOut is refused, as Cognito refuses it. cognito-local's refresh token
 * names no sub, so the sub comes from the access token cognito-local has just issued for it (then dropped).
 */
function refusedRefresh(request: Json, reply: Reply, revocations: Revocations): Reply | null {
  if (reply.status !== 200 || !REFRESH_FLOWS.has(String(request.AuthFlow))) return null;
  const refreshToken = (request.AuthParameters as Json | undefined)?.REFRESH_TOKEN;
  const issued = reply.body.AuthenticationResult as Json | undefined;
  const sub = claimsOf(issued?.AccessToken).sub;
  const iat = claimsOf(refreshToken).iat;
  if (typeof sub !== 'string' || typeof iat !== 'number')
    return awsError('NotAuthorizedException', 'Invalid Refresh Token');
  return revocations.isRevoked(sub, iat) ? awsError('NotAuthorizedException', 'Refresh Token has been revoked') : null;
}

async function callCognitoLocal(target: string, operation: string, body: Json): Promise<Reply> {
  const response = await fetch(target, {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': TARGET_PREFIX + operation },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: Json;
  try {
    parsed = text ? (JSON.parse(text) as Json) : {};
  } catch {
    parsed = { __type: 'InternalErrorException', message: 'cognito-local answered something other than JSON' };
  }
  return { status: response.status, body: parsed };
}

export function startCognitoProxy(opts: CognitoProxyOptions): Promise<CognitoProxy> {
  let pool: { userPoolId: string } | undefined;
  let tokens: TokenVerifier | undefined;
  const origins = new Set(opts.origins);

  function cors(req: IncomingMessage): Record<string, string> {
    const origin = req.headers.origin;
    if (!origin || !origins.has(origin)) return { vary: 'Origin' };
    return {
      vary: 'Origin',
      'access-control-allow-origin': origin,
      'access-control-allow-methods': 'GET, POST, OPTIONS',
      'access-control-allow-headers': String(req.headers['access-control-request-headers'] ?? 'content-type'),
      'access-control-max-age': '600',
    };
  }

  function send(req: IncomingMessage, res: ServerResponse, reply: Reply): void {
    const json = JSON.stringify(reply.body);
    const type = reply.body.__type;
    res.writeHead(reply.status, {
      'content-type': 'application/x-amz-json-1.1',
      'content-length': Buffer.byteLength(json),
      ...(reply.status >= 400 && typeof type === 'string' ? { 'x-amzn-errortype': type } : {}),
      ...cors(req),
    });
    res.end(json);
  }

  /** An access token the pool issued and nobody revoked, or the refusal Cognito gives. */
  async function accessTokenOwner(token: unknown): Promise<{ sub: string } | Reply> {
    if (typeof token !== 'string' || !tokens) return awsError('NotAuthorizedException', 'Invalid Access Token');
    const check = await tokens.check(token);
    if (!check.ok || check.claims.token_use !== 'access')
      return awsError(
        'NotAuthorizedException',
        check.ok ? 'Invalid Access Token' : check.revoked ? 'Access Token has been revoked' : 'Invalid Access Token',
      );
    return { sub: String(check.claims.sub) };
  }

  async function resendConfirmationCode(body: Json): Promise<Reply> {
    if (!pool) return awsError('InternalErrorException', 'The pool is not ready yet', 500);
    const user = await callCognitoLocal(opts.target, 'AdminGetUser', {
      UserPoolId: pool.userPoolId,
      Username: body.Username,
    });
    if (user.status !== 200) return user;
    if (user.body.UserStatus !== 'UNCONFIRMED')
      return awsError('InvalidParameterException', 'User is already confirmed.');
    // cognito-local's ForgotPassword stores and sends a fresh code without touching the password or status,
    // and ConfirmSignUp checks that stored code: the same effect as Cognito's ResendConfirmationCode.
    return callCognitoLocal(opts.target, 'ForgotPassword', { ClientId: body.ClientId, Username: body.Username });
  }

  async function operate(req: IncomingMessage, operation: string, raw: Buffer): Promise<Reply> {
    if (!PUBLIC_OPERATIONS.has(operation)) {
      const signature = await checkSignature(
        { method: req.method ?? 'POST', url: req.url ?? '/', headers: req.headers, body: raw },
        { credentials: opts.credentials, region: opts.region, service: 'cognito-idp' },
      );
      if (!signature.ok)
        return awsError('NotAuthorizedException', `${operation} needs the stack's credentials: ${signature.message}`);
    }
    let parsed: Json;
    try {
      parsed = JSON.parse(raw.toString('utf8') || '{}') as Json;
    } catch {
      return awsError('SerializationException', 'The request body is not valid JSON');
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
      return awsError('SerializationException', 'The request body must be a JSON object');
    const body = foldUsernames(parsed);

    const password = newPassword(operation, body);
    if (typeof password === 'string') {
      const problem = passwordProblem(password);
      if (problem) return awsError('InvalidPasswordException', problem);
    }
    if ('AccessToken' in body) {
      const owner = await accessTokenOwner(body.AccessToken);
      if ('status' in owner) return owner;
      if (operation === 'GlobalSignOut') {
        await opts.revocations.revokeAll(owner.sub);
        return { status: 200, body: {} };
      }
    }
    const reply =
      operation === 'ResendConfirmationCode'
        ? await resendConfirmationCode(body)
        : await callCognitoLocal(opts.target, operation, body);
    if (operation === 'InitiateAuth') {
      const refused = refusedRefresh(body, reply, opts.revocations);
      if (refused) return refused;
    }
    return generic(operation, body, reply);
  }

  /** Anything that is not an API call (health, JWKS) goes through unchanged. */
  async function passThrough(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const response = await fetch(new URL(req.url ?? '/', opts.target), { method: req.method });
    const body = Buffer.from(await response.arrayBuffer());
    res.writeHead(response.status, {
      'content-type': response.headers.get('content-type') ?? 'application/octet-stream',
      'content-length': body.length,
      ...cors(req),
    });
    res.end(body);
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (req.method === 'OPTIONS') return void res.writeHead(204, cors(req)).end();
    const target = req.headers['x-amz-target'];
    if (req.method === 'GET' || req.method === 'HEAD') return passThrough(req, res);
    if (req.method !== 'POST' || typeof target !== 'string' || !target.startsWith(TARGET_PREFIX))
      return send(req, res, awsError('UnknownOperationException', 'Missing or unknown X-Amz-Target header'));
    const raw = await readBody(req, { maxBytes: MAX_BODY_BYTES, deadlineMs: BODY_DEADLINE_MS });
    if (raw === 'too-slow') {
      res.setHeader('connection', 'close');
      res.on('finish', () => req.destroy());
      return send(req, res, awsError('RequestTimeoutException', 'The request body did not arrive in time', 408));
    }
    if (raw === 'too-large') return send(req, res, awsError('SerializationException', 'The request body is too large'));
    send(req, res, await operate(req, target.slice(TARGET_PREFIX.length), raw));
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      console.error('Cognito proxy failure:', error);
      if (!res.headersSent) send(req, res, awsError('InternalErrorException', 'An internal failure occurred', 500));
    });
  });
  const close = () =>
    new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, listenHost(), () =>
      resolve({
        server,
        close,
        attach(p, t) {
          pool = p;
          tokens = t;
        },
      }),
    );
  });
}
