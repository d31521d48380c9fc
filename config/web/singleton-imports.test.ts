/**
 * The kit's singletons (router, app-config, remotes, amplify-core) are shared by the name they are imported with:
 * a kit file importing one by a relative path bundles a second copy into the remote (a `Link` outside the
 * shell's router, an unconfigured Amplify), which breaks only in the built store, never in jest.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const SINGLETONS = ['router', 'app-config', 'remotes', 'amplify-core'];

describe('the web kit’s own imports', () => {
  it('reach the shared singletons by package name, never by a relative path', () => {
    const relative = readdirSync(__dirname)
      .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
      .flatMap((file) =>
        SINGLETONS.filter((name) =>
          new RegExp(`from '\\./${name}(\\.tsx?)?'`).test(readFileSync(join(__dirname, file), 'utf8')),
        ).map((name) => `${file} imports ./${name}`),
      );
    expect(relative).toEqual([]);
  });
});
