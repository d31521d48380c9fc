/** What admin pages hand each other through the router's location state. */

/** The list's status message after a save or delete ("Added “Emma”."), with the book to view in the shop. */
export interface ListNotice {
  text: string;
  bookId?: string;
}

export interface AdminNavState {
  notice?: ListNotice;
  /** The list's query string (?q=…&genre=…) the admin came from, to go back to after saving. */
  listSearch?: string;
}

export const navState = (state: unknown): AdminNavState =>
  state && typeof state === 'object' ? (state as AdminNavState) : {};

/** The list the admin came from (its search and genre), or the whole list. */
export const listUrl = (state: unknown): string => {
  const search = navState(state).listSearch;
  return `/admin${search && search.startsWith('?') ? search : ''}`;
};
