/**
 * Module Federation provides a shared module only if the providing build imports it, and production remotes
 * only consume (config/web/federation.js): the shell must provide every shared module a remote uses. The shell
 * imports most of them itself (react, react-dom, the router, Amplify core); these are the ones only remotes use.
 * The imports are lazy: nothing here loads until a remote asks for it.
 */
export const providedToRemotes = {
  zustand: () => import('zustand'),
  zustandMiddleware: () => import('zustand/middleware'),
  // Only the catalog's admin pages (/admin, their own chunk) use Amplify's GraphQL client; the storefront's
  // remotes use @folio/config/web/graphql (a small fetch client), so it never loads on customers' pages.
  amplifyApi: () => import('aws-amplify/api'),
  amplifyAuth: () => import('aws-amplify/auth'),
  amplifyUi: () => import('@aws-amplify/ui-react'),
};
