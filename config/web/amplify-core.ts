/**
 * The parts of Amplify's core the Folio apps use, shared as one singleton module (federation.js FOLIO_SINGLETONS):
 * every app of the page gets the shell's configured Amplify. `@aws-amplify/core` itself is not shared, so it
 * tree-shakes: a shared package is bundled whole (26.5 KB gzip on every page, where these need about a third).
 * Amplify's own packages (aws-amplify/auth, @aws-amplify/ui-react) are shared and provided by the shell only, so
 * the core they import is the shell's too. To use another export in a remote, add it here and ship the shell first.
 */
export { Amplify, Hub, defaultStorage, fetchAuthSession } from '@aws-amplify/core';
export type { LibraryOptions, ResourcesConfig } from '@aws-amplify/core';
