/**
 * Module Federation provides a shared module only if the providing build imports it, and production remotes
 * only consume (config/web/federation.js): the shell must provide every shared module a remote uses. The shell
 * imports most of them itself (react, react-dom, the router, Folio's Amplify core module); these are the ones only
 * remotes use.
 * The imports are lazy: nothing here loads until a remote asks for it.
 */
export const providedToRemotes = {
  zustand: () => import('zustand'),
  amplifyAuth: () => import('aws-amplify/auth'),
  amplifyUi: () => import('@aws-amplify/ui-react'),
};
