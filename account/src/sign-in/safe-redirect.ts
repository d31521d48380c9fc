/**
 * Where to go after signing in: only a path of this store, never another site (an open redirect), and never the
 * sign-in page itself (it would send a signed-in customer round in circles).
 */
const BASE = 'http://folio.invalid';

export const DEFAULT_RETURN_TO = '/account';

export function safeRedirect(target: string | null | undefined, fallback = DEFAULT_RETURN_TO): string {
  if (!target || !target.startsWith('/')) return fallback;
  let url: URL;
  try {
    // The URL parser reads the target as a browser would: "//evil", "/\evil" and "/\t/evil" all leave the origin.
    url = new URL(target, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  if (url.pathname === '/account/sign-in' || url.pathname.startsWith('/account/sign-in/')) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** The page's return target: `?returnTo=`, or `?redirect=` as links made before it was renamed still say. */
export function returnToFrom(params: URLSearchParams): string {
  return safeRedirect(params.get('returnTo') ?? params.get('redirect'));
}
