import { Amplify } from '@aws-amplify/core';
import { appConfig } from '@folio/config/web/app-config';
import { federationCalls } from '@folio/config/web/test/fake-federation-runtime';
import { beginStartup, STARTUP_FILES } from './begin-startup';
import { startShell } from './start-shell';

const outputs = {
  version: '1.3',
  auth: { aws_region: 'us-east-1', user_pool_id: 'local_pool', user_pool_client_id: 'client-1', username_attributes: ['email'] },
  data: { url: 'http://localhost:20002/graphql', aws_region: 'us-east-1', api_key: 'da2-key', default_authorization_type: 'AMAZON_COGNITO_USER_POOLS', authorization_types: ['API_KEY'] },
  custom: { folio: { environment: 'local', userPoolEndpoint: 'http://localhost:9229', imageBaseUrl: 'http://localhost:4568/folio-images', authFlowType: 'USER_PASSWORD_AUTH' } },
};
const remotes = {
  catalog: 'http://localhost:3001/mf-manifest.json',
  'cart-checkout': 'http://localhost:3002/mf-manifest.json',
  account: 'http://localhost:3003/mf-manifest.json',
};

function serve(files: Record<string, unknown>) {
  const fetchMock = jest.fn(async (url: string) => {
    const body = files[url];
    return { ok: body !== undefined, status: body === undefined ? 404 : 200, json: async () => body };
  });
  Object.assign(globalThis, { fetch: fetchMock });
  return fetchMock;
}

describe('shell start-up', () => {
  // Amplify warns that Cognito is at a custom (local) endpoint: expected with the emulators.
  beforeEach(() => jest.spyOn(console, 'warn').mockImplementation(() => undefined));

  it('reads /amplify_outputs.json and /remotes.json, never from cache', async () => {
    const fetchMock = serve({ [STARTUP_FILES.outputs]: outputs, [STARTUP_FILES.remotes]: remotes });
    await startShell();
    expect(fetchMock).toHaveBeenCalledWith('/amplify_outputs.json', { cache: 'no-cache' });
    expect(fetchMock).toHaveBeenCalledWith('/remotes.json', { cache: 'no-cache' });

    // Amplify, once for every app of the page: GraphQL with the API key for guests, Cognito at the emulator.
    const config = Amplify.getConfig();
    expect(config.API?.GraphQL).toMatchObject({ endpoint: outputs.data.url, apiKey: 'da2-key' });
    expect(config.Auth?.Cognito).toMatchObject({ userPoolId: 'local_pool', userPoolClientId: 'client-1', userPoolEndpoint: 'http://localhost:9229' });
    expect(appConfig()).toMatchObject({ imageBaseUrl: 'http://localhost:4568/folio-images', authFlowType: 'USER_PASSWORD_AUTH' });

    // The remotes, registered at run time; container names are identifiers, imports keep the remote's name.
    expect(federationCalls.registerRemotes[0].remotes).toEqual([
      { name: 'catalog', entry: remotes.catalog },
      { name: 'cart_checkout', alias: 'cart-checkout', entry: remotes['cart-checkout'] },
      { name: 'account', entry: remotes.account },
    ]);
  });

  it.each([
    ['/books/emma', [{ nameOrAlias: 'account', exposes: ['AccountMenu'] }, { nameOrAlias: 'cart-checkout', exposes: ['MiniCart'] }, { nameOrAlias: 'catalog', exposes: ['routes'] }]],
    ['/cart', [{ nameOrAlias: 'account', exposes: ['AccountMenu'] }, { nameOrAlias: 'cart-checkout', exposes: ['MiniCart', 'routes'] }]],
    ['/nope', [{ nameOrAlias: 'account', exposes: ['AccountMenu'] }, { nameOrAlias: 'cart-checkout', exposes: ['MiniCart'] }]],
  ])('on %s, starts downloading the header’s slots and the area’s remote once the remotes are registered', async (path, preloaded) => {
    serve({ [STARTUP_FILES.outputs]: outputs, [STARTUP_FILES.remotes]: remotes });
    const startup = beginStartup(path);
    await startup.remotes;
    expect(federationCalls.registerRemotes.at(-1)?.remotes).toHaveLength(3);
    expect(federationCalls.preloadRemote.at(-1)).toEqual(preloaded);
    await startShell(startup);
  });

  it('fails (and the shell shows its start-up error) when a start-up file is missing', async () => {
    serve({ [STARTUP_FILES.outputs]: outputs });
    await expect(startShell()).rejects.toThrow('/remotes.json answered 404');
  });
});
