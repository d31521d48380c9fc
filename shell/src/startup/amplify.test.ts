import { Amplify, defaultStorage, type ResourcesConfig } from '@aws-amplify/core';
import {
  appConfigFrom,
  configureFolio,
  withUserPoolEndpoint,
  lastAuthUserKey,
  lazyCognitoTokenProvider,
  type FolioOutputs,
} from '@folio/config/web/amplify';

const mockGetTokens = jest.fn(async () => ({ accessToken: 'token' }));
const mockSetAuthConfig = jest.fn();
jest.mock('aws-amplify/auth/cognito', () => ({
  cognitoUserPoolsTokenProvider: {
    getTokens: () => mockGetTokens(),
    setAuthConfig: (c: unknown) => mockSetAuthConfig(c),
  },
}));

const outputs: FolioOutputs = {
  version: '1.3',
  auth: { aws_region: 'us-east-1', user_pool_id: 'pool', user_pool_client_id: 'client-1' },
  data: { url: 'https://api.example/graphql', aws_region: 'us-east-1', api_key: 'da2-key' },
  custom: { folio: { imageBaseUrl: 'https://images.example' } },
};

describe('Amplify set-up from amplify_outputs.json', () => {
  const local = {
    ...outputs,
    custom: { folio: { ...outputs.custom!.folio, userPoolEndpoint: 'http://localhost:9229' } },
  };

  it('points Cognito at the local emulator only when the outputs name one', () => {
    const parsed = { Auth: { Cognito: { userPoolId: 'pool', userPoolClientId: 'client-1' } } } as ResourcesConfig;
    expect(withUserPoolEndpoint(parsed, outputs)).toBe(parsed);
    expect(withUserPoolEndpoint(parsed, local).Auth?.Cognito).toMatchObject({
      userPoolId: 'pool',
      userPoolEndpoint: 'http://localhost:9229',
    });
  });

  it('configures Amplify once from the outputs: Cognito (with the emulator’s endpoint) and the GraphQL API', () => {
    jest.spyOn(console, 'warn').mockImplementation(() => undefined); // (Amplify warns about a custom Cognito endpoint)
    configureFolio(local);
    const config = Amplify.getConfig();
    expect(config.Auth?.Cognito).toMatchObject({
      userPoolId: 'pool',
      userPoolClientId: 'client-1',
      userPoolEndpoint: 'http://localhost:9229',
    });
    expect(config.API?.GraphQL).toMatchObject({ endpoint: 'https://api.example/graphql', apiKey: 'da2-key' });
    expect(Amplify.libraryOptions.Auth?.tokenProvider).toBeDefined();
    configureFolio(outputs);
    expect(Amplify.getConfig().Auth?.Cognito).toHaveProperty('userPoolEndpoint', 'http://localhost:9229');
  });

  it('reads Folio’s settings from custom.folio, with AWS defaults', () => {
    expect(appConfigFrom(outputs)).toEqual({
      environment: 'aws',
      imageBaseUrl: 'https://images.example',
      authFlowType: 'USER_SRP_AUTH',
      stripePublishableKey: null,
      stripeEmulatorOrigin: null,
    });
    expect(() => appConfigFrom({ version: '1.3' })).toThrow('imageBaseUrl');
  });
});

describe('the lazy Cognito token provider', () => {
  // (Amplify is not configured in this file; it warns when the provider reads its config.)
  beforeEach(() => jest.spyOn(console, 'warn').mockImplementation(() => undefined));

  it('answers “no tokens” for a guest without loading the Cognito code', async () => {
    await expect(lazyCognitoTokenProvider('client-1').getTokens()).resolves.toBeNull();
    expect(mockGetTokens).not.toHaveBeenCalled();
  });

  it('reads the tokens through Amplify’s Cognito provider once a session is stored', async () => {
    await defaultStorage.setItem(lastAuthUserKey('client-1'), 'user-1');
    await expect(lazyCognitoTokenProvider('client-1').getTokens()).resolves.toEqual({ accessToken: 'token' });
    expect(mockGetTokens).toHaveBeenCalled();
  });
});
