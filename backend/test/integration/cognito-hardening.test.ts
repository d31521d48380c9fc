/**
 * The public Cognito endpoint answers as the CDK pool does on AWS (backend/local/cognito-proxy.ts): admin calls need
 * the stack's signature, the password policy holds, errors do not tell which emails exist, usernames fold case,
 * tokens live 1 h and GlobalSignOut revokes them. Over HTTP with real tokens from the running stack.
 */
import { randomUUID } from 'node:crypto';
import {
  AdminAddUserToGroupCommand,
  AdminGetUserCommand,
  CognitoIdentityProviderClient,
} from '@aws-sdk/client-cognito-identity-provider';
import { ports } from '@folio/config';
import { asUser, gql, idp, newCustomer, signIn, tokenClaims } from './client';
import { MY_ORDERS } from './fixtures';
import { stackInfo } from './stack-info';

jest.setTimeout(90_000);

const TARGET = 'AWSCognitoIdentityProviderService.';

/** A raw call as any web page or script could make it: no signature. */
async function call(operation: string, body: Record<string, unknown>, headers: Record<string, string> = {}) {
  const res = await fetch(stackInfo().cognitoUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amz-target': TARGET + operation, ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, unknown> };
}

const clientId = () => stackInfo().clientId;
const freshEmail = () => `h-${randomUUID().slice(0, 10)}@folio.test`;

describe('admin and list operations', () => {
  it('GIVEN no signature WHEN AdminAddUserToGroup, ListUsers or AdminGetUser THEN 400 NotAuthorizedException', async () => {
    const { email } = await newCustomer();
    const pool = stackInfo().userPoolId;
    for (const [operation, body] of [
      ['AdminAddUserToGroup', { UserPoolId: pool, Username: email, GroupName: 'Admin' }],
      ['ListUsers', { UserPoolId: pool }],
      ['AdminGetUser', { UserPoolId: pool, Username: email }],
    ] as const) {
      const res = await call(operation, body);
      expect({ operation, status: res.status, type: res.body.__type }).toEqual({
        operation,
        status: 400,
        type: 'NotAuthorizedException',
      });
    }
    expect(tokenClaims((await signIn(email)).accessToken)['cognito:groups']).toBeUndefined();
  });

  it("GIVEN the stack's key id signed with a guessed secret THEN refused", async () => {
    const { email } = await newCustomer();
    const forger = new CognitoIdentityProviderClient({
      endpoint: stackInfo().cognitoUrl,
      region: stackInfo().region,
      credentials: { accessKeyId: stackInfo().cognitoCredentials.accessKeyId, secretAccessKey: 'local' },
    });
    await expect(
      forger.send(
        new AdminAddUserToGroupCommand({ UserPoolId: stackInfo().userPoolId, Username: email, GroupName: 'Admin' }),
      ),
    ).rejects.toMatchObject({ name: 'NotAuthorizedException' });
    forger.destroy();
  });

  it("GIVEN a call signed with the stack's credentials THEN AdminAddUserToGroup works", async () => {
    const { email } = await newCustomer();
    const admin = idp('admin');
    const UserPoolId = stackInfo().userPoolId;
    await admin.send(new AdminAddUserToGroupCommand({ UserPoolId, Username: email, GroupName: 'Admin' }));
    admin.destroy();
    expect(tokenClaims((await signIn(email)).accessToken)['cognito:groups']).toEqual(['Admin']);
  });
});

describe('CORS', () => {
  const preflight = (origin: string) =>
    fetch(stackInfo().cognitoUrl, {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'x-amz-target' },
    });

  it("GIVEN the shell's origin THEN allowed; GIVEN another site THEN no CORS grant", async () => {
    const shell = `http://localhost:${ports().shell}`;
    expect((await preflight(shell)).headers.get('access-control-allow-origin')).toBe(shell);
    expect((await preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('password policy', () => {
  it('GIVEN the password "a" WHEN SignUp THEN InvalidPasswordException, and no account exists', async () => {
    const email = freshEmail();
    const res = await call('SignUp', {
      ClientId: clientId(),
      Username: email,
      Password: 'a',
      UserAttributes: [{ Name: 'email', Value: email }],
    });
    expect(res).toMatchObject({
      status: 400,
      body: { __type: 'InvalidPasswordException', message: expect.stringMatching(/^Password did not conform/) },
    });
    const admin = idp('admin');
    await expect(
      admin.send(new AdminGetUserCommand({ UserPoolId: stackInfo().userPoolId, Username: email })),
    ).rejects.toMatchObject({ name: 'UserNotFoundException' });
    admin.destroy();
  });

  it('GIVEN a signed-in customer WHEN ChangePassword to "password" THEN InvalidPasswordException', async () => {
    const { accessToken } = await newCustomer();
    const res = await call('ChangePassword', {
      AccessToken: accessToken,
      PreviousPassword: 'Passw0rd!',
      ProposedPassword: 'password',
    });
    expect(res.body.__type).toBe('InvalidPasswordException');
  });
});

describe('no user existence errors', () => {
  const attempt = (username: string, password: string) =>
    call('InitiateAuth', {
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: clientId(),
      AuthParameters: { USERNAME: username, PASSWORD: password },
    });

  it('GIVEN an unknown email and a known one with a wrong password THEN the same answer', async () => {
    const { email } = await newCustomer();
    const unknown = await attempt(freshEmail(), 'Wr0ngPassword');
    const wrong = await attempt(email, 'Wr0ngPassword');
    expect(unknown.body).toEqual({ __type: 'NotAuthorizedException', message: 'Incorrect username or password.' });
    expect({ status: wrong.status, body: wrong.body }).toEqual({ status: unknown.status, body: unknown.body });
  });

  it('GIVEN an unknown email WHEN ForgotPassword THEN it answers as for a known one', async () => {
    const { email } = await newCustomer();
    const known = await call('ForgotPassword', { ClientId: clientId(), Username: email });
    const unknown = await call('ForgotPassword', { ClientId: clientId(), Username: `x${email}` });
    expect(known).toMatchObject({ status: 200, body: { CodeDeliveryDetails: { Destination: 't***@f***' } } });
    expect(unknown).toMatchObject({ status: 200, body: { CodeDeliveryDetails: { Destination: 'x***@f***' } } });
  });
});

describe('usernames fold case', () => {
  it('GIVEN an account made as lower case WHEN signing in as Mixed-Case THEN the same user', async () => {
    const { email, sub } = await newCustomer();
    const mixed = email.replace(/^t/, 'T').replace('@folio.test', '@Folio.TEST');
    expect((await signIn(mixed)).sub).toBe(sub);
  });

  it('GIVEN a sign-up as Mixed-Case THEN the lower-case email is taken', async () => {
    const email = freshEmail();
    const signUp = (username: string) =>
      call('SignUp', {
        ClientId: clientId(),
        Username: username,
        Password: 'Passw0rd!',
        UserAttributes: [{ Name: 'email', Value: username }],
      });
    expect((await signUp(email.toUpperCase())).status).toBe(200);
    expect((await signUp(email)).body.__type).toBe('UsernameExistsException');
  });
});

describe('tokens', () => {
  it('GIVEN a sign-in THEN access and ID tokens are valid for 1 h', async () => {
    const { accessToken, idToken } = await newCustomer();
    for (const token of [accessToken, idToken]) {
      const { exp, iat } = tokenClaims(token);
      expect(exp - iat).toBe(3600);
    }
  });

  it('GIVEN GlobalSignOut THEN 200, the old token gets Unauthorized from the API, and a new sign-in works', async () => {
    const { email, accessToken } = await newCustomer();
    expect((await gql(MY_ORDERS, {}, asUser({ accessToken, idToken: '', sub: '' }))).status).toBe(200);

    const out = await call('GlobalSignOut', { AccessToken: accessToken });
    expect({ status: out.status, body: out.body }).toEqual({ status: 200, body: {} });

    const refused = await gql(MY_ORDERS, {}, { token: accessToken });
    expect(refused.status).toBe(401);
    expect(refused.errors?.[0]?.errorType).toBe('UnauthorizedException');
    expect((await call('GetUser', { AccessToken: accessToken })).body.__type).toBe('NotAuthorizedException');

    const fresh = await signIn(email);
    expect((await gql(MY_ORDERS, {}, { token: fresh.accessToken })).status).toBe(200);
  });
});

describe('GlobalSignOut and refresh tokens', () => {
  const passwordAuth = async (email: string) =>
    (
      await call('InitiateAuth', {
        AuthFlow: 'USER_PASSWORD_AUTH',
        ClientId: clientId(),
        AuthParameters: { USERNAME: email, PASSWORD: 'Passw0rd!' },
      })
    ).body.AuthenticationResult as { AccessToken: string; RefreshToken: string };
  const refresh = (refreshToken: string) =>
    call('InitiateAuth', {
      AuthFlow: 'REFRESH_TOKEN_AUTH',
      ClientId: clientId(),
      AuthParameters: { REFRESH_TOKEN: refreshToken },
    });

  it('GIVEN GlobalSignOut THEN a refresh token from before it is refused, and one from a later sign-in works', async () => {
    const { email } = await newCustomer();
    const before = await passwordAuth(email);
    expect((await refresh(before.RefreshToken)).status).toBe(200);

    expect((await call('GlobalSignOut', { AccessToken: before.AccessToken })).status).toBe(200);
    const refused = await refresh(before.RefreshToken);
    expect({ status: refused.status, body: refused.body }).toEqual({
      status: 400,
      body: { __type: 'NotAuthorizedException', message: 'Refresh Token has been revoked' },
    });

    const after = await passwordAuth(email);
    const renewed = await refresh(after.RefreshToken);
    expect(renewed.status).toBe(200);
    const { AccessToken } = renewed.body.AuthenticationResult as { AccessToken: string };
    expect((await gql(MY_ORDERS, {}, { token: AccessToken })).status).toBe(200);
  });
});

describe('ResendConfirmationCode', () => {
  it('GIVEN an unconfirmed sign-up THEN a code is sent; GIVEN a confirmed user THEN InvalidParameterException', async () => {
    const email = freshEmail();
    await call('SignUp', {
      ClientId: clientId(),
      Username: email,
      Password: 'Passw0rd!',
      UserAttributes: [{ Name: 'email', Value: email }],
    });
    const resent = await call('ResendConfirmationCode', { ClientId: clientId(), Username: email });
    expect(resent).toMatchObject({ status: 200, body: { CodeDeliveryDetails: { DeliveryMedium: 'EMAIL' } } });

    const { email: confirmed } = await newCustomer();
    const again = await call('ResendConfirmationCode', { ClientId: clientId(), Username: confirmed });
    expect(again.body.__type).toBe('InvalidParameterException');
  });
});
