import chooseRemotes from './choose-remotes';

/** A Storage stand-in holding what was set. */
function memory(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    items,
  };
}

const discovery = (canaryWeight: number) => ({
  schema: 'https://mfewg.org/schema/v1-pre.json',
  microFrontends: {
    catalog: [
      {
        url: 'http://c/v2/mf-manifest.json',
        metadata: { version: 'v2' },
        deployment: { traffic: canaryWeight, default: false },
      },
      {
        url: 'http://c/v1/mf-manifest.json',
        metadata: { version: 'v1' },
        deployment: { traffic: 100 - canaryWeight, default: true },
      },
    ],
  },
});

describe('choosing a version of each remote', () => {
  it('sends the visitors whose bucket is below the canary’s weight to the canary, the others to the live version', () => {
    const low = memory({ 'folio-release-bucket:catalog': '49' });
    const high = memory({ 'folio-release-bucket:catalog': '50' });
    expect(chooseRemotes(discovery(50), low, memory(), '').versions).toEqual({ catalog: 'v2' });
    expect(chooseRemotes(discovery(50), high, memory(), '').manifests).toEqual({
      catalog: 'http://c/v1/mf-manifest.json',
    });
    expect(chooseRemotes(discovery(0), memory({ 'folio-release-bucket:catalog': '0' }), memory(), '').versions).toEqual(
      {
        catalog: 'v1',
      },
    );
  });

  it('draws a visitor’s bucket once and keeps it, so every reload chooses the same version', () => {
    const local = memory();
    const first = chooseRemotes(discovery(50), local, memory(), '').versions.catalog;
    const bucket = local.items.get('folio-release-bucket:catalog');
    expect(Number(bucket)).toBeGreaterThanOrEqual(0);
    expect(Number(bucket)).toBeLessThan(100);
    for (let i = 0; i < 5; i++) expect(chooseRemotes(discovery(50), local, memory(), '').versions.catalog).toBe(first);
  });

  it('still chooses when storage is blocked (a bucket per page load)', () => {
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => undefined,
    };
    expect(['v1', 'v2']).toContain(chooseRemotes(discovery(50), blocked, blocked, '').versions.catalog);
  });

  it('reads a dev server’s list (name → manifest URL) as one version, `dev`', () => {
    expect(chooseRemotes({ account: 'http://a/mf-manifest.json' }, memory(), memory(), '')).toEqual({
      manifests: { account: 'http://a/mf-manifest.json' },
      versions: { account: 'dev' },
      overrides: {},
    });
  });

  it('loads an overridden remote from a local dev server for the rest of the tab; `?override=` clears it', () => {
    const session = memory();
    const chosen = chooseRemotes(discovery(0), memory(), session, '?override=catalog%40http%3A%2F%2Flocalhost%3A3201');
    expect(chosen.manifests.catalog).toBe('http://localhost:3201/mf-manifest.json');
    expect(chosen.overrides).toEqual({ catalog: 'http://localhost:3201' });
    expect(chooseRemotes(discovery(0), memory(), session, '').versions.catalog).toBe('override');
    expect(chooseRemotes(discovery(0), memory(), session, '?override=').versions.catalog).toBe('v1');
  });

  it('refuses an override from another machine: a link must not load foreign code into the store', () => {
    const chosen = chooseRemotes(discovery(0), memory(), memory(), '?override=catalog@https://evil.example');
    expect(chosen.overrides).toEqual({});
    expect(chosen.versions.catalog).toBe('v1');
  });
});
