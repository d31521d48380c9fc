import { Amplify } from '@aws-amplify/core';
import { appConfig } from '@folio/config/web/app-config';
import { federationCalls } from '@folio/config/web/test/fake-federation-runtime';
import { STARTUP_FILES } from '@folio/config/web/startup-json';
import { beginStartup } from './begin-startup';
import { startShell } from './start-shell';

const outputs = {
  version: '1.3',
  auth: {
    aws_region: 'us-east-1',
    user_pool_id: 'local_pool',
    user_pool_client_id: 'client-1',
    username_attributes: ['email'],
  },
  data: {
    url: 'http://localhost:20002/graphql',
    aws_region: 'us-east-1',
    api_key: 'da2-key',
    default_authorization_type: 'AMAZON_COGNITO_USER_POOLS',
    authorization_types: ['API_KEY'],
  },
  custom: {
    folio: {
      environment: 'local',
      userPoolEndpoint: 'http://localhost:9229',
      imageBaseUrl: 'http://localhost:4568/folio-images',
      authFlowType: 'USER_PASSWORD_AUTH',
    },
  },
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

  it('reads /amplify_outputs.json and /remotes.json', async () => {
    const fetchMock = serve({ [STARTUP_FILES.outputs]: outputs, [STARTUP_FILES.remotes]: remotes });
    await startShell();
    expect(fetchMock).toHaveBeenCalledWith('/amplify_outputs.json');
    expect(fetchMock).toHaveBeenCalledWith('/remotes.json');
    // The API and the covers are on other origins: their connections open while the remotes download.
    const preconnects = [...document.head.querySelectorAll('link[rel="preconnect"]')].map(
      (l) => (l as HTMLLinkElement).href,
    );
    expect(preconnects).toEqual(expect.arrayContaining(['http://localhost:20002/', 'http://localhost:4568/']));

    // Amplify, once for every app of the page: GraphQL with the API key for guests, Cognito at the emulator.
    const config = Amplify.getConfig();
    expect(config.API?.GraphQL).toMatchObject({ endpoint: outputs.data.url, apiKey: 'da2-key' });
    expect(config.Auth?.Cognito).toMatchObject({
      userPoolId: 'local_pool',
      userPoolClientId: 'client-1',
      userPoolEndpoint: 'http://localhost:9229',
    });
    expect(appConfig()).toMatchObject({
      imageBaseUrl: 'http://localhost:4568/folio-images',
      authFlowType: 'USER_PASSWORD_AUTH',
    });

    // The remotes, registered at run time; container names are identifiers, imports keep the remote's name.
    expect(federationCalls.registerRemotes[0].remotes).toEqual([
      { name: 'catalog', entry: remotes.catalog },
      { name: 'cart_checkout', alias: 'cart-checkout', entry: remotes['cart-checkout'] },
      { name: 'account', entry: remotes.account },
    ]);
  });

  it.each([
    [
      '/books/emma',
      [
        { nameOrAlias: 'catalog', exposes: ['routes'] },
        { nameOrAlias: 'account', exposes: ['AccountMenu'] },
        { nameOrAlias: 'cart-checkout', exposes: ['MiniCart'] },
      ],
    ],
    [
      '/cart',
      [
        { nameOrAlias: 'cart-checkout', exposes: ['routes', 'MiniCart'] },
        { nameOrAlias: 'account', exposes: ['AccountMenu'] },
      ],
    ],
    [
      '/nope',
      [
        { nameOrAlias: 'account', exposes: ['AccountMenu'] },
        { nameOrAlias: 'cart-checkout', exposes: ['MiniCart'] },
      ],
    ],
  ])(
    'on %s, starts downloading the area’s remote, then the header’s slots, once the remotes are registered',
    async (path, preloaded) => {
      serve({ [STARTUP_FILES.outputs]: outputs, [STARTUP_FILES.remotes]: remotes });
      const startup = beginStartup(path);
      await startup.remotes;
      expect(federationCalls.registerRemotes.at(-1)?.remotes).toHaveLength(3);
      expect(federationCalls.preloadRemote.at(-1)).toEqual(preloaded);
      await startShell(startup);
    },
  );

  it('takes the start-up files index.html’s script already fetched instead of fetching them again', async () => {
    // GIVEN the inline script's responses
    const json = (body: unknown) => Promise.resolve({ ok: true, status: 200, json: async () => body } as Response);
    globalThis.folioEarly = { [STARTUP_FILES.outputs]: json(outputs), [STARTUP_FILES.remotes]: json(remotes) };
    const fetchMock = serve({});
    // WHEN the shell starts
    await startShell();
    // THEN nothing is fetched twice, and the responses were used
    expect(fetchMock).not.toHaveBeenCalled();
    expect(federationCalls.registerRemotes.at(-1)?.remotes).toHaveLength(3);
    expect(globalThis.folioEarly).toEqual({});
    delete globalThis.folioEarly;
  });

  it('fails (and the shell shows its start-up error) when a start-up file is missing', async () => {
    serve({ [STARTUP_FILES.outputs]: outputs });
    await expect(startShell()).rejects.toThrow('/remotes.json answered 404');
  });
});
