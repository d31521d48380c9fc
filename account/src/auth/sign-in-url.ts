/** Links to the sign-in page that bring the customer back afterwards (`?returnTo=`, checked by safeReturnTo). */
export const SIGN_IN_PATH = '/account/sign-in';

export function signInUrl(returnTo?: string): string {
  return returnTo ? `${SIGN_IN_PATH}?returnTo=${encodeURIComponent(returnTo)}` : SIGN_IN_PATH;
}

/** The sign-in link for a page: back to it afterwards; on the sign-in page itself, the page as it is. */
export function signInUrlFrom(location: { pathname: string; search: string }): string {
  if (location.pathname === SIGN_IN_PATH) return `${SIGN_IN_PATH}${location.search}`;
  return signInUrl(`${location.pathname}${location.search}`);
}
