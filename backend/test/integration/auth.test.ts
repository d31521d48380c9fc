/**
 * The auth matrix: who may call what, and tokens refused as AWS refuses them (checked by the gateway,
 * since the simulator checks none).
 */
import { randomUUID } from 'node:crypto';
import { attackerKey, emulatorKey, errorTypes, gql, guest, signJwt, tokenClaims, type Auth } from './client';
import {
  admin,
  CREATE_BOOK,
  customer,
  GET_BOOK,
  LIST_BOOKS,
  MY_ORDERS,
  orderInput,
  PROCESS_ORDER,
  CREATE_COVER_UPLOAD,
} from './fixtures';
import { stackInfo } from './stack-info';

const READ = { query: GET_BOOK, variables: { id: 'war-and-peace' } };
const bookInput = () => ({
  title: `Auth ${randomUUID().slice(0, 6)}`,
  author: 'A',
  genre: 'poetry',
  priceCents: 100,
  stock: 1,
});

async function outcome(auth: Auth, query: string, variables: Record<string, unknown>): Promise<string> {
  const res = await gql(query, variables, auth);
  if (res.status === 401) return `401 ${res.errors?.[0]?.message}`;
  const types = errorTypes(res);
  return types.length ? types.join(',') : 'ok';
}

describe('auth matrix', () => {
  let customerAuth: Auth;
  let adminAuth: Auth;
  beforeAll(async () => {
    customerAuth = (await customer()).auth;
    adminAuth = await admin();
  });

  it('GIVEN no credentials THEN every call is refused with 401', async () => {
    expect(await outcome({ none: true }, READ.query, READ.variables)).toBe(
      '401 Valid authorization header not provided.',
    );
  });

  it('GIVEN a wrong API key THEN the call is refused with 401', async () => {
    expect(await outcome({ apiKey: 'da2-wrong' }, READ.query, READ.variables)).toMatch(/^401/);
  });

  it('GIVEN the API key THEN books are readable and nothing else is', async () => {
    expect(await outcome(guest(), READ.query, READ.variables)).toBe('ok');
    expect(await outcome(guest(), LIST_BOOKS, { limit: 1 })).toBe('ok');
    expect(await outcome(guest(), MY_ORDERS, {})).toBe('Unauthorized');
    expect(
      await outcome(guest(), PROCESS_ORDER, { input: orderInput([{ bookId: 'war-and-peace', quantity: 1 }]) }),
    ).toBe('Unauthorized');
    expect(await outcome(guest(), CREATE_BOOK, { input: bookInput() })).toBe('Unauthorized');
  });

  it('GIVEN a customer token THEN books and own orders are readable, catalog writes are refused', async () => {
    expect(await outcome(customerAuth, READ.query, READ.variables)).toBe('ok');
    expect(await outcome(customerAuth, MY_ORDERS, {})).toBe('ok');
    expect(await outcome(customerAuth, CREATE_BOOK, { input: bookInput() })).toBe('Unauthorized');
    expect(await outcome(customerAuth, CREATE_COVER_UPLOAD, { contentType: 'image/png', contentLength: 1234 })).toBe(
      'Unauthorized',
    );
  });

  it('GIVEN an admin token THEN catalog writes are allowed', async () => {
    expect(await outcome(adminAuth, CREATE_BOOK, { input: bookInput() })).toBe('ok');
    expect(await outcome(adminAuth, CREATE_COVER_UPLOAD, { contentType: 'image/png', contentLength: 1234 })).toBe('ok');
  });

  it('GIVEN a forged token claiming Admin, signed with another key THEN it is refused with 401', async () => {
    const s = stackInfo();
    const now = Math.floor(Date.now() / 1000);
    const forged = signJwt(
      {
        sub: randomUUID(),
        iss: s.issuer,
        client_id: s.clientId,
        token_use: 'access',
        'cognito:groups': ['Admin'],
        iat: now,
        exp: now + 3600,
        username: 'mallory',
      },
      attackerKey(),
      emulatorKey().kid,
    );
    expect(await outcome({ token: forged }, CREATE_BOOK, { input: bookInput() })).toBe(
      '401 Valid authorization header not provided.',
    );
  });

  it('GIVEN a real token with its payload edited to add Admin THEN the signature no longer matches: 401', async () => {
    const [header, , signature] = (customerAuth as { token: string }).token.split('.');
    const claims = tokenClaims((customerAuth as { token: string }).token);
    const edited = Buffer.from(JSON.stringify({ ...claims, 'cognito:groups': ['Admin'] })).toString('base64url');
    expect(await outcome({ token: `${header}.${edited}.${signature}` }, CREATE_BOOK, { input: bookInput() })).toMatch(
      /^401/,
    );
  });

  it('GIVEN a correctly signed but expired token THEN it is refused with 401 "Token has expired."', async () => {
    const s = stackInfo();
    const key = emulatorKey();
    const past = Math.floor(Date.now() / 1000) - 7200;
    const expired = signJwt(
      { sub: randomUUID(), iss: s.issuer, client_id: s.clientId, token_use: 'access', iat: past, exp: past + 3600 },
      key.pem,
      key.kid,
    );
    expect(await outcome({ token: expired }, MY_ORDERS, {})).toBe('401 Token has expired.');
  });

  it('GIVEN a signed token for another app client or issuer THEN it is refused with 401', async () => {
    const s = stackInfo();
    const key = emulatorKey();
    const now = Math.floor(Date.now() / 1000);
    const base = { sub: randomUUID(), token_use: 'access', iat: now, exp: now + 3600 };
    const otherClient = signJwt({ ...base, iss: s.issuer, client_id: 'someone-elses-client' }, key.pem, key.kid);
    const otherIssuer = signJwt(
      { ...base, iss: 'https://cognito-idp.local/other-pool', client_id: s.clientId },
      key.pem,
      key.kid,
    );
    expect(await outcome({ token: otherClient }, MY_ORDERS, {})).toMatch(/^401/);
    expect(await outcome({ token: otherIssuer }, MY_ORDERS, {})).toMatch(/^401/);
  });

  it('GIVEN a valid ID token THEN it is accepted like the access token', async () => {
    const { tokens } = await customer();
    expect(await outcome({ token: tokens.idToken }, MY_ORDERS, {})).toBe('ok');
  });
});
