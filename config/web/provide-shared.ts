/**
 * Module Federation provides a shared module only if the providing build imports it, and production remotes
 * only consume (config/web/federation.js): the page's host (the shell, or a remote's standalone page beside the
 * released others) must provide every shared module a remote uses. The shell
 * imports most of them itself (react, react-dom, the router, Folio's Amplify core module); these are the ones only
 * remotes use.
 * zustand (the mini cart's store, on every page) is in the shell's entry (federation.js HOST_EAGER); the Amplify
 * packages load only when a remote asks for them.
 */
export const providedToRemotes = {
  zustand: () => import('zustand'),
  amplifyAuth: () => import('aws-amplify/auth'),
  amplifyUi: () => import('@aws-amplify/ui-react'),
};
