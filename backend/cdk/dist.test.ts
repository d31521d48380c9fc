/** Which files of a build are immutable, and the placeholder used before an app is built. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ALWAYS_NO_CACHE, PLACEHOLDER_DIST, isContentHashed, noCacheKeys, resolveDist } from './dist';
import { fakeDist } from './test-support';

test.each([
  ['static/js/420.3f9a2c1be07d.js', true],
  ['__federation_expose_Routes.7ab31f09.js', true],
  ['main.8e1d2f3a4b5c6d7e8f90.css', true],
  ['812.9c0ffee1.js.map', true],
  ['main.js', false],
  ['remoteEntry.js', false],
  ['vendors-node_modules_react_index_js.js', false],
  ['favicon.ico', false],
  ['deadbeef.js', false],
])('GIVEN %s THEN content-hashed is %s', (file, hashed) => {
  expect(isContentHashed(file)).toBe(hashed);
});

test('GIVEN a build THEN the no-cache keys are the fixed names plus its unhashed files', () => {
  const dir = fakeDist({ 'index.html': '', 'main.js': '', 'static/a.1234abcd.js': '', 'img/logo.svg': '' });
  expect(noCacheKeys(dir)).toEqual([...new Set([...ALWAYS_NO_CACHE, 'main.js', 'img/logo.svg'])].sort());
});

test('GIVEN no build WHEN resolving THEN the placeholder is used and named', () => {
  const lines: string[] = [];
  expect(resolveDist({ app: 'catalog', dir: '/nonexistent', log: (l) => lines.push(l) })).toEqual({
    dir: PLACEHOLDER_DIST,
    placeholder: true,
  });
  expect(lines[0]).toMatch(/catalog: using the placeholder build.*npm run build -w catalog/);
  expect(existsSync(join(PLACEHOLDER_DIST, 'index.html'))).toBe(true);
});

test('GIVEN a build WHEN resolving THEN it is used as it is, silently', () => {
  const dir = fakeDist({ 'index.html': '' });
  const lines: string[] = [];
  expect(resolveDist({ app: 'shell', dir, log: (l) => lines.push(l) })).toEqual({ dir, placeholder: false });
  expect(lines).toEqual([]);
});

test('GIVEN an empty dist folder THEN it counts as not built', () => {
  expect(resolveDist({ app: 'shell', dir: fakeDist({}), log: () => undefined }).placeholder).toBe(true);
});
