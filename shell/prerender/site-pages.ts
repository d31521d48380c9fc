/**
 * Which pages of the store are prerendered, where each is written (its key in the site bucket) and what its head
 * says. A book page is `books/<id>/index.html`: CloudFront (and the local server) answer `/books/<id>` with it.
 */
import { GENRES } from '@folio/config/web/genres';
import type { SiteBook } from '@folio/contract/documents/site';
import { bookHead, bookPath, genreHead, genrePath, homeHead, notFoundHead, type Head, type Site } from './head';

export interface SitePage {
  readonly path: string;
  /** The file's key in the site bucket. */
  readonly key: string;
  readonly head: Head;
  /**
   * The not-found page tells crawlers not to index it, and is not hydrated: it answers many URLs, so the browser
   * renders the URL's own page over it (an unknown book's page is the catalog's not-found).
   */
  readonly indexable: boolean;
}

/** The URL of the page the store shows for unknown URLs; answered with status 404. */
export const NOT_FOUND_KEY = '404.html';

const keyOf = (path: string) => `${path.slice(1)}/index.html`;

export function homePage(): SitePage {
  return { path: '/', key: 'index.html', head: homeHead(), indexable: true };
}

export function genrePages(): SitePage[] {
  return GENRES.map((genre) => ({
    path: genrePath(genre),
    key: keyOf(genrePath(genre)),
    head: genreHead(genre),
    indexable: true,
  }));
}

export function bookPage(site: Site, book: SiteBook): SitePage {
  return { path: bookPath(book.id), key: keyOf(bookPath(book.id)), head: bookHead(site, book), indexable: true };
}

export function notFoundPage(): SitePage {
  // A path no app owns renders the shell's 404 page inside the frame.
  return { path: '/404', key: NOT_FOUND_KEY, head: notFoundHead(), indexable: false };
}

/** Every page of the store, for a full render. */
export function allPages(site: Site, books: readonly SiteBook[]): SitePage[] {
  return [homePage(), ...genrePages(), ...books.map((book) => bookPage(site, book)), notFoundPage()];
}

/**
 * The pages a change to one book shows on: its own page, its genre's first page (before and after a change of
 * genre) and the home page (featured shelf). A deleted book's page is removed instead (`book` undefined).
 */
export function pagesOfBookChange(site: Site, genres: readonly string[], book: SiteBook | undefined): SitePage[] {
  return [
    ...(book ? [bookPage(site, book)] : []),
    ...genrePages().filter((page) => genres.some((genre) => page.path === genrePath(genre))),
    homePage(),
  ];
}
