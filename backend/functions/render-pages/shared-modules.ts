/**
 * The apps' Node builds leave packages and Folio's singleton modules to `require` (config/webpack.js nodeConfig), so
 * every app's module shares one React, one router and the renderer's prerender store. Locally Node finds them in
 * node_modules. In the Lambda everything is in one esbuild bundle and there is no node_modules: a build's
 * `require('react')` is answered with the bundle's own copy, the one the renderer uses.
 */
import Module from 'node:module';

/* eslint-disable @typescript-eslint/no-require-imports -- the builds need each module's CommonJS exports object itself, as `require` gives it, not an ES namespace */
export const SHARED_MODULES: Readonly<Record<string, unknown>> = {
  react: require('react'),
  'react/jsx-runtime': require('react/jsx-runtime'),
  'react-dom': require('react-dom'),
  'react-dom/client': require('react-dom/client'),
  'react-dom/server': require('react-dom/server'),
  'react-router': require('react-router'),
  '@folio/config/web/router': require('@folio/config/web/router'),
  '@folio/config/web/amplify-core': require('@folio/config/web/amplify-core'),
  '@folio/config/web/app-config': require('@folio/config/web/app-config'),
  '@folio/config/web/remotes': require('@folio/config/web/remotes'),
  '@folio/config/web/prerender-data': require('@folio/config/web/prerender-data'),
};
/* eslint-enable @typescript-eslint/no-require-imports */

let shared = false;

/** Answers the builds' requires of these modules from the bundle (once per Lambda process). */
export function shareModulesWithBuilds(modules: Readonly<Record<string, unknown>> = SHARED_MODULES): void {
  if (shared) return;
  shared = true;
  const original = Module.prototype.require;
  const patched = function (this: NodeJS.Module, id: string) {
    return Object.prototype.hasOwnProperty.call(modules, id) ? modules[id] : original.call(this, id);
  };
  Module.prototype.require = Object.assign(patched, original) as NodeJS.Require;
}
