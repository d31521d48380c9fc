import { federationCalls, provideRemoteModule, setRemoteDown } from '@folio/config/web/test/fake-federation-runtime';
import {
  containerName,
  earlyManifestsPlugin,
  loadRemoteModule,
  registerRemoteManifests,
  RemoteUnavailableError,
  resetRemote,
} from '@folio/config/web/remotes';

describe('the remote registry', () => {
  it('names containers as JS identifiers and keeps the remote’s name as the import alias', () => {
    expect(containerName('catalog')).toBe('catalog');
    expect(containerName('cart-checkout')).toBe('cart_checkout');
  });

  it('registers every remote but the page’s own (a remote running standalone)', () => {
    registerRemoteManifests({ catalog: 'http://c/mf-manifest.json', account: 'http://a/mf-manifest.json' }, 'catalog');
    expect(federationCalls.registerRemotes).toEqual([
      { remotes: [{ name: 'account', entry: 'http://a/mf-manifest.json' }], options: undefined },
    ]);
  });

  it('loads an exposed module, or rejects with RemoteUnavailableError naming the remote', async () => {
    provideRemoteModule('catalog/routes', () => ({ default: 'routes' }));
    await expect(loadRemoteModule('catalog/routes')).resolves.toEqual({ default: 'routes' });
    setRemoteDown('catalog');
    await expect(loadRemoteModule('catalog/routes')).rejects.toEqual(
      expect.objectContaining({ name: 'RemoteUnavailableError', remote: 'catalog' }),
    );
    await expect(loadRemoteModule('account/nothing')).rejects.toBeInstanceOf(RemoteUnavailableError);
  });

  it('resets a remote by registering it again with force (the runtime then drops what it cached)', () => {
    registerRemoteManifests({ 'cart-checkout': 'http://cc/mf-manifest.json' });
    resetRemote('cart-checkout');
    expect(federationCalls.registerRemotes.at(-1)).toEqual({
      remotes: [{ name: 'cart_checkout', alias: 'cart-checkout', entry: 'http://cc/mf-manifest.json' }],
      options: { force: true },
    });
  });

  it('reads a manifest index.html’s script fetched early from that response, once (a Retry fetches afresh)', async () => {
    // GIVEN the page's inline script fetched the catalog's manifest
    const early = Promise.resolve({ ok: true, status: 200 } as Response);
    globalThis.folioEarly = { 'http://c/mf-manifest.json': early };
    // WHEN the remotes are registered and the runtime fetches that manifest twice
    registerRemoteManifests({ catalog: 'http://c/mf-manifest.json' });
    // THEN the plugin is registered, answers the first fetch with the early response and leaves the next to the network
    expect(federationCalls.registerPlugins.at(-1)).toEqual([earlyManifestsPlugin]);
    expect(earlyManifestsPlugin.fetch('http://c/mf-manifest.json')).toBe(early);
    expect(earlyManifestsPlugin.fetch('http://c/mf-manifest.json')).toBeUndefined();
    expect(earlyManifestsPlugin.fetch('http://other/mf-manifest.json')).toBeUndefined();
    delete globalThis.folioEarly;
  });
});
