import { chosenRemotes } from './chosen-remotes';

const discovery = {
  schema: 'https://mfewg.org/schema/v1-pre.json',
  microFrontends: {
    catalog: [
      { url: 'http://c/v2/mf-manifest.json', metadata: { version: 'v2' }, deployment: { traffic: 50, default: false } },
      { url: 'http://c/v1/mf-manifest.json', metadata: { version: 'v1' }, deployment: { traffic: 50, default: true } },
    ],
    account: [],
  },
};

describe('the remotes this page registers', () => {
  it('are the ones index.html’s script chose and prefetched, taken once', () => {
    const chosen = {
      manifests: { catalog: 'http://c/v2/mf-manifest.json' },
      versions: { catalog: 'v2' },
      overrides: {},
    };
    globalThis.folioChosenRemotes = chosen;
    expect(chosenRemotes(discovery)).toBe(chosen);
    expect(globalThis.folioChosenRemotes).toBeUndefined();
  });

  it('without the script’s choice, are each remote’s default version (never a canary), or a dev server’s list', () => {
    expect(chosenRemotes(discovery)).toEqual({
      manifests: { catalog: 'http://c/v1/mf-manifest.json' },
      versions: { catalog: 'v1' },
      overrides: {},
    });
    expect(chosenRemotes({ account: 'http://a/mf-manifest.json' })).toEqual({
      manifests: { account: 'http://a/mf-manifest.json' },
      versions: { account: 'dev' },
      overrides: {},
    });
  });
});
