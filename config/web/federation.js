'use strict';
// Module Federation facts shared by the four apps' webpack configs, the local static server and the tests.
// Plain CommonJS, like ../index.js, so every tool reads it without a build step.
const { readdirSync } = require('node:fs');
const { join } = require('node:path');
const { REMOTES, ports } = require('../index');

/** The shell's container name; the remotes' names are in REMOTES. */
const HOST = { name: 'shell', container: 'shell', port: 'shell' };

/**
 * Singletons every app shares (docs/ARCHITECTURE.md). A trailing slash shares every subpath (`react-dom/client`,
 * `aws-amplify/auth`, ...). All Amplify packages that hold state must be shared, or a remote gets its own,
 * unconfigured copy; `@aws-amplify/core` is shared through Folio's module instead (FOLIO_SINGLETONS), like the
 * router, so it tree-shakes. `zustand/middleware` holds no state (a store's state is the store's): it is bundled
 * by the remote that uses it, tree-shaken to what it uses, instead of shared whole.
 *
 * react-router is shared through Folio's router module (FOLIO_SINGLETONS), not as the package: a shared package
 * cannot be tree-shaken, and the whole of react-router 7 is ~60 KB gzip where the apps use ~12 KB. Import it
 * from '@folio/config/web/router' (each package's jest suite checks that no source imports 'react-router').
 */
const SINGLETON_PACKAGES = [
  'react',
  'react/',
  'react-dom',
  'react-dom/',
  'zustand',
  'aws-amplify',
  'aws-amplify/',
  '@aws-amplify/auth',
  '@aws-amplify/auth/',
  '@aws-amplify/api',
  '@aws-amplify/api/',
  '@aws-amplify/api-graphql',
  '@aws-amplify/api-graphql/',
  '@aws-amplify/api-rest',
  '@aws-amplify/ui-react',
];

/**
 * Folio's own modules with page-wide state: the router, the host's app settings (image URL, auth flow) and its
 * remote registry. Shared so every app uses the shell's router, reads the settings the shell loaded and loads
 * other remotes through the shell. Sharing matches import requests: import them by these names everywhere
 * (never by a relative path).
 */
const FOLIO_SINGLETONS = [
  '@folio/config/web/router',
  '@folio/config/web/amplify-core',
  '@folio/config/web/app-config',
  '@folio/config/web/remotes',
];

/**
 * Shared modules the host bundles into its entry (eager): its remote registry, so the entry starts fetching the
 * page's remotes at once, and everything the first render needs (React, the router, Amplify core, zustand for the
 * mini cart). Lazily shared, they came as two waves of small chunks after main.js ran, each wave a round trip
 * (and queued behind HTTP/1.1's six connections per origin): eager, the home page's largest paint came ~0.5 s
 * sooner under Lighthouse's simulated phone (shell/BENCHMARKS.md). What only some routes need (Amplify's auth and
 * GraphQL client, Amplify UI) stays lazy.
 */
const HOST_EAGER = new Set(['react', 'react/', 'react-dom', 'react-dom/', 'zustand', ...FOLIO_SINGLETONS]);

/**
 * `provide: false` (production remotes) makes an app a consumer only: it never brings its own copy of a
 * singleton, so every app of the page runs the shell's (one React, one configured Amplify), and a module the
 * shell forgot to provide fails loudly instead of silently running a second copy. A standalone remote (dev
 * server) provides its own. `host: true` (the shell) makes the HOST_EAGER modules eager.
 */
function sharedConfig({ provide = true, host = false } = {}) {
  const consumeOnly = provide ? {} : { import: false };
  const shared = {};
  const eager = (name) => (host && HOST_EAGER.has(name) ? { eager: true } : {});
  for (const name of SINGLETON_PACKAGES)
    shared[name] = { singleton: true, requiredVersion: false, ...consumeOnly, ...eager(name) };
  for (const name of FOLIO_SINGLETONS) {
    shared[name] = { singleton: true, requiredVersion: false, version: '0.1.0', ...consumeOnly, ...eager(name) };
  }
  return shared;
}

/** The modules a remote exposes: one file per exposed name in its `src/exposed/` folder (its public API). */
function exposesOf(appDir) {
  const folder = join(appDir, 'src', 'exposed');
  const exposes = {};
  for (const file of readdirSync(folder).sort()) {
    const match = /^([\w-]+)\.tsx?$/.exec(file);
    if (match && !file.includes('.test.')) exposes[`./${match[1]}`] = `./src/exposed/${file}`;
  }
  return exposes;
}

/** `remotes.json`: remote name → URL of its mf-manifest.json, for the given ports. */
function remotesJson(p = ports(), host = 'localhost') {
  return Object.fromEntries(REMOTES.map((r) => [r.name, `http://${host}:${p[r.port]}/mf-manifest.json`]));
}

/** Which app a package folder is, by its folder name (`cart-checkout` → the cart_checkout remote). */
function appInfo(folderName) {
  if (folderName === HOST.name) return HOST;
  const remote = REMOTES.find((r) => r.name === folderName);
  if (!remote) throw new Error(`${folderName} is neither the shell nor a remote in @folio/config REMOTES`);
  return remote;
}

module.exports = {
  HOST,
  SINGLETON_PACKAGES,
  FOLIO_SINGLETONS,
  HOST_EAGER,
  sharedConfig,
  exposesOf,
  remotesJson,
  appInfo,
};
