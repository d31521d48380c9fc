/** Which manifest URL of each remote the prerendered pages link the style sheets of. */
import { discoveryDocument } from '../../releases/discovery';
import { defaultManifests } from './remote-manifests';

test("GIVEN the releases' discovery document with a canary THEN each remote's default (live) version is used", () => {
  const document = discoveryDocument([
    {
      state: { remote: 'catalog', versions: [], history: [], live: 'v1', canary: { version: 'v2', weight: 10 } },
      origin: 'https://c.example',
    },
    { state: { remote: 'account', versions: [], history: [], live: 'v3', canary: null }, origin: 'https://a.example' },
  ]);
  expect(defaultManifests(document)).toEqual({
    catalog: 'https://c.example/v1/mf-manifest.json',
    account: 'https://a.example/v3/mf-manifest.json',
  });
});

test('GIVEN a plain name → URL map THEN it is used as is; GIVEN no remotes.json THEN no remote', () => {
  expect(defaultManifests({ catalog: 'http://localhost:3001/mf-manifest.json' })).toEqual({
    catalog: 'http://localhost:3001/mf-manifest.json',
  });
  expect(defaultManifests(undefined)).toEqual({});
});
