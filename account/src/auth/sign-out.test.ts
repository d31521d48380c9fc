import { FAKE_COGNITO, fakeAuth, fakeCore, fakeSession } from '../test/fake-amplify';
import { GlobalSignOutError, revokeAllSessions, userPoolEndpoint } from './global-sign-out';
import { signOutEverywhere, signOutHere } from './sign-out';
import { fakeResponse } from '../test/fake-response';

jest.mock('@aws-amplify/core', () => jest.requireActual('../test/fake-amplify').fakeCore);
jest.mock('aws-amplify/auth', () => jest.requireActual('../test/fake-amplify').fakeAuth);
jest.mock('@folio/config/web/amplify', () => ({ cognitoTokenProvider: jest.fn(async () => ({})) }));

const fetchMock = jest.fn();
beforeEach(() => {
  fakeSession.reset();
  fakeSession.signIn('customer@folio.test');
  global.fetch = fetchMock;
});

const json = fakeResponse;

describe('revokeAllSessions (Cognito GlobalSignOut)', () => {
  it('posts the access token to the user pool’s endpoint', async () => {
    fetchMock.mockResolvedValue(json(200, {}));
    await revokeAllSessions();
    expect(fetchMock).toHaveBeenCalledWith(FAKE_COGNITO.userPoolEndpoint, {
      method: 'POST',
      headers: expect.objectContaining({
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'AWSCognitoIdentityProviderService.GlobalSignOut',
      }),
      body: JSON.stringify({ AccessToken: 'access-jwt' }),
    });
  });

  it('uses AWS’s regional endpoint when no emulator endpoint is configured', () => {
    fakeCore.Amplify.getConfig.mockReturnValueOnce({
      Auth: { Cognito: { userPoolId: 'eu-west-1_AbC', userPoolClientId: 'c' } },
    } as never);
    expect(userPoolEndpoint()).toBe('https://cognito-idp.eu-west-1.amazonaws.com/');
  });

  it('fails with Cognito’s error type, e.g. cognito-local’s “Unsupported”', async () => {
    fetchMock.mockResolvedValue(
      json(500, {
        __type: 'Unsupported',
        message: 'Cognito Local unsupported feature: Unsupported x-amz-target header "GlobalSignOut"',
      }),
    );
    await expect(revokeAllSessions()).rejects.toEqual(
      expect.objectContaining({ name: 'GlobalSignOutError', code: 'Unsupported' }),
    );
  });

  it('reads a namespaced error type and a network failure', async () => {
    fetchMock.mockResolvedValueOnce(
      json(400, { __type: 'com.amazonaws.cognito#NotAuthorizedException', message: 'Access Token has been revoked' }),
    );
    await expect(revokeAllSessions()).rejects.toEqual(
      new GlobalSignOutError('Access Token has been revoked', 'NotAuthorizedException'),
    );
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    await expect(revokeAllSessions()).rejects.toEqual(expect.objectContaining({ code: 'NetworkError' }));
  });
});

describe('signing out', () => {
  it('here: Amplify’s signOut, for this device only', async () => {
    await signOutHere();
    expect(fakeAuth.signOut).toHaveBeenCalledWith();
  });

  it('everywhere: GlobalSignOut, then this device', async () => {
    fetchMock.mockResolvedValue(json(200, {}));
    await expect(signOutEverywhere()).resolves.toEqual({ everywhere: true });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fakeAuth.signOut).toHaveBeenCalledTimes(1);
  });

  it('everywhere: tells the caller the outcome before signing out here (which makes the page’s guard redirect)', async () => {
    fetchMock.mockResolvedValue(json(200, {}));
    const seen: string[] = [];
    fakeAuth.signOut.mockImplementationOnce(async () => void seen.push('signed out here'));
    await signOutEverywhere((result) => seen.push(`outcome: ${result.everywhere}`));
    expect(seen).toEqual(['outcome: true', 'signed out here']);
  });

  it('everywhere, when GlobalSignOut fails (cognito-local has none): signs out here anyway and says why', async () => {
    fetchMock.mockResolvedValue(json(500, { __type: 'Unsupported', message: 'unsupported' }));
    await expect(signOutEverywhere()).resolves.toEqual({
      everywhere: false,
      reason: 'unsupported',
      code: 'Unsupported',
    });
    expect(fakeAuth.signOut).toHaveBeenCalledTimes(1);
    await expect(fakeCore.fetchAuthSession()).resolves.toEqual({});
  });
});
