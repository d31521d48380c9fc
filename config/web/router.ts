/**
 * The react-router API of the Folio apps, shared as one singleton module (federation.js FOLIO_SINGLETONS): every
 * app of the page runs the shell's copy, so they all see one router. Only what is exported here is bundled
 * (react-router itself is not shared, so it tree-shakes). To use another export in a remote, add it here and
 * ship the shell first: a remote always gets the shell's copy of this module.
 */
export {
  BrowserRouter,
  Link,
  NavLink,
  Navigate,
  Outlet,
  Route,
  Routes,
  createSearchParams,
  generatePath,
  matchPath,
  matchRoutes,
  useHref,
  useInRouterContext,
  useLocation,
  useMatch,
  useNavigate,
  useNavigationType,
  useOutletContext,
  useParams,
  useResolvedPath,
  useSearchParams,
  type NavLinkProps,
  type LinkProps,
  type RouteObject,
} from 'react-router';
