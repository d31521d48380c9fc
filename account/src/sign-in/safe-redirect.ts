/**
 * Where to go after signing in: only a path of this store, never another site (an open redirect), never a path the
 * router would read differently from this check, and never the sign-in page itself (it would send a signed-in
 * customer round in circles). Anything else gets the default.
 */
const BASE = 'http://folio.invalid';

export const DEFAULT_RETURN_TO = '/account';

/**
 * The first path segment of each area the shell routes (shell/src/routing/area-routes.ts; a test keeps the two
 * lists equal). '' is the home page.
 */
export const STORE_AREAS: ReadonlySet<string> = new Set([
  '',
  'books',
  'search',
  'admin',
  'cart',
  'checkout',
  'account',
]);

/**
 * Characters a browser or the router treats as something other than a plain path character: backslashes (a
 * browser reads `/\evil` as `//evil`), their and the slash's percent-encodings (decoded once more by someone, they
 * become `//evil`), and control characters and whitespace (browsers drop tabs and newlines: `/\t/evil` is `//evil`).
 */
// eslint-disable-next-line no-control-regex
const SUSPICIOUS = /[\\\u0000-\u0020\u007f]|%(?:2f|5c|00|09|0a|0d)/i;

export function safeRedirect(target: string | null | undefined, fallback = DEFAULT_RETURN_TO): string {
  // Only an absolute path: no scheme (`javascript:`, `https:`), and not `//host`, a protocol-relative URL.
  if (!target || !target.startsWith('/') || target.startsWith('//') || SUSPICIOUS.test(target)) return fallback;
  let url: URL;
  try {
    url = new URL(target, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  const path = url.pathname;
  // Dot segments: `/.//evil.example/x` resolves to `//evil.example/x`, which history.pushState reads as another
  // origin. A target whose path changes when resolved is refused rather than repaired.
  if (path.startsWith('//') || path !== target.split(/[?#]/, 1)[0]) return fallback;
  if (!STORE_AREAS.has(path.split('/')[1])) return fallback;
  if (path === '/account/sign-in' || path.startsWith('/account/sign-in/')) return fallback;
  return `${path}${url.search}${url.hash}`;
}

/** The page's return target: `?returnTo=`, or `?redirect=` as links made before it was renamed still say. */
export function returnToFrom(params: URLSearchParams): string {
  return safeRedirect(params.get('returnTo') ?? params.get('redirect'));
}
