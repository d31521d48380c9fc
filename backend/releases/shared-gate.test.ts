import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { consumedBy, providedBy, sharedMismatches } from './shared-gate';

const shell = providedBy({
  shared: [
    { name: 'react', version: '19.3.1' },
    { name: 'react-dom', version: '19.3.1' },
    { name: '@folio/config/web/router', version: '0.1.0' },
  ],
});

describe('the shared-module gate', () => {
  it('reads what a built remote consumes from its entry, with the versions its manifest or install records', () => {
    const dist = mkdtempSync(join(tmpdir(), 'folio-gate-'));
    writeFileSync(
      join(dist, 'remoteEntry.js'),
      'x={1:{singleton:!0,requiredVersion:!1,shareKey:"react"},2:{shareKey:"@folio/config/web/router"},3:{shareKey:"react"}}',
    );
    writeFileSync(join(dist, 'mf-manifest.json'), JSON.stringify({ shared: [{ name: 'react', version: '19.3.1' }] }));
    expect(consumedBy(dist, join(__dirname, '..', '..', 'catalog'))).toEqual([
      { name: '@folio/config/web/router', version: '0.1.0' },
      { name: 'react', version: '19.3.1' },
    ]);
  });

  it('passes a remote whose every shared module the live shell provides', () => {
    expect(
      sharedMismatches([{ name: 'react', version: '19.0.0' }, { name: '@folio/config/web/router' }], shell),
    ).toEqual([]);
  });

  it('refuses a module the shell lacks, or provides in another major version, naming module and versions', () => {
    expect(
      sharedMismatches(
        [
          { name: 'lodash-es', version: '4.17.21' },
          { name: 'react', version: '18.3.1' },
        ],
        shell,
      ),
    ).toEqual([
      'needs shared module lodash-es 4.17.21, which the live shell does not provide',
      'needs shared module react 18.3.1, but the live shell provides react 19.3.1',
    ]);
  });
});
