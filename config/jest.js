'use strict';
/**
 * The one jest config of Folio's four front-end apps. Each app's jest.config.js is one line:
 *   module.exports = require('@folio/config/jest')(__dirname);
 * Suites run in jsdom without a backend or other apps: the federation runtime is a fake (web/test), other
 * remotes' exposed modules resolve to their sources, CSS Modules to their class names.
 * The shared web kit's own tests (the .test files of web/) run once, in the shell's suite: `{ withWebKit: true }`.
 */
const { join } = require('node:path');
const { REMOTES } = require('./index');

const WEB = join(__dirname, 'web');
const REPO_ROOT = join(__dirname, '..');

module.exports = function folioJestConfig(appDir, { withWebKit = false } = {}) {
  const remoteSources = Object.fromEntries(
    REMOTES.map((r) => [`^${r.name}/(.*)$`, join(REPO_ROOT, r.name, 'src', 'exposed', '$1')]),
  );
  return {
    rootDir: appDir,
    testEnvironment: 'jsdom',
    roots: withWebKit ? ['<rootDir>', WEB] : ['<rootDir>'],
    testMatch: ['<rootDir>/src/**/*.test.{ts,tsx}', ...(withWebKit ? [`${WEB}/**/*.test.{ts,tsx}`] : [])],
    transform: {
      '^.+\\.[jt]sx?$': [
        '@swc/jest',
        {
          jsc: {
            parser: { syntax: 'typescript', tsx: true },
            transform: { react: { runtime: 'automatic' } },
            target: 'es2022',
          },
        },
      ],
    },
    moduleNameMapper: {
      '\\.css$': 'identity-obj-proxy',
      '^@module-federation/enhanced/runtime$': join(WEB, 'test', 'fake-federation-runtime.ts'),
      ...remoteSources,
    },
    setupFiles: [join(WEB, 'test', 'polyfills.ts')],
    setupFilesAfterEnv: [join(WEB, 'test', 'setup.ts')],
    clearMocks: true,
    restoreMocks: true,
  };
};
