'use strict';
const SWC = [
  '@swc/jest',
  { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } },
];
/**
 * The contract's own checks run in Node: no browser, no backend. Codegen's plugins require a few ES-only
 * packages, which jest on Node 20 cannot load as they are: those are compiled to CommonJS like the sources.
 */
const ES_ONLY = ['auto-bind'];
module.exports = {
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*.test.ts'],
  transform: { '^.+\\.ts$': SWC, [`/node_modules/(${ES_ONLY.join('|')})/.+\\.js$`]: SWC },
  transformIgnorePatterns: [`/node_modules/(?!(${ES_ONLY.join('|')})/)`],
};
