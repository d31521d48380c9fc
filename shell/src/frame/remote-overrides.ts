/**
 * The remotes this tab loads from a developer's dev server (`?override=catalog@http://localhost:3201`, kept in
 * sessionStorage by choose-remotes.js) instead of their released versions: shown in a banner so nobody mistakes
 * the page for the store as released.
 */

/** The key choose-remotes.js keeps the overrides under. */
export const OVERRIDES_KEY = 'folio-remote-overrides';

/** Forgets the overrides and reloads the page with the released versions. */
export function clearRemoteOverrides(navigate = (url: string) => window.location.assign(url)): void {
  try {
    window.sessionStorage.removeItem(OVERRIDES_KEY);
  } catch {
    // blocked storage kept nothing: the reload below is enough
  }
  const url = new URL(window.location.href);
  url.searchParams.delete('override');
  navigate(url.toString());
}
