/** /sitemap.xml (every book, with when it last changed, the home page and the genres) and /robots.txt. */
import { GENRES } from '@folio/config/web/genres';
import { bookPath, escapeHtml, genrePath } from './head';

export interface SitemapBook {
  readonly id: string;
  /** ISO time of the book's last change. */
  readonly updatedAt?: string | null;
}

export function sitemapXml(siteUrl: string, books: readonly SitemapBook[]): string {
  const entry = (path: string, lastmod?: string | null) =>
    `  <url><loc>${escapeHtml(`${siteUrl}${path}`)}</loc>${lastmod ? `<lastmod>${escapeHtml(lastmod)}</lastmod>` : ''}</url>`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    entry('/'),
    ...GENRES.map((genre) => entry(genrePath(genre))),
    ...books.map((book) => entry(bookPath(book.id), book.updatedAt)),
    '</urlset>',
    '',
  ].join('\n');
}

export function robotsTxt(siteUrl: string): string {
  // The customer's own pages and the admin's are no search result.
  return [
    'User-agent: *',
    'Disallow: /account',
    'Disallow: /admin',
    'Disallow: /checkout',
    `Sitemap: ${siteUrl}/sitemap.xml`,
    '',
  ].join('\n');
}
