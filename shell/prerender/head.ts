/**
 * What a prerendered page says about itself in <head>: title, description, canonical URL, Open Graph and Twitter
 * cards, and for a book the schema.org `Book` with its `Offer` as JSON-LD. Built from the catalog's own data (the
 * prerenderer's bulk read), so a crawler that runs no script reads the same facts the page shows.
 */
import { GENRE_LABELS, isGenre } from '@folio/config/web/genres';
import type { BookCardData } from '@folio/contract/documents/catalog';

export interface Site {
  /** The store's public origin, for canonical and Open Graph URLs (no trailing slash). */
  readonly url: string;
  /** Where covers are served from (`${imageBaseUrl}/${coverKey}`). */
  readonly imageBaseUrl: string;
}

export interface Head {
  readonly title: string;
  readonly description: string;
  /** The page's path; the canonical URL is the site's origin plus this. */
  readonly path: string;
  readonly image?: string;
  readonly type: 'website' | 'book';
  readonly jsonLd?: unknown;
}

const STORE = 'Folio';

function coverUrl(site: Site, coverKey: string | null | undefined): string | undefined {
  if (!coverKey) return undefined;
  return `${site.imageBaseUrl.replace(/\/+$/, '')}/${coverKey.split('/').map(encodeURIComponent).join('/')}`;
}

/** `1299` cents in USD → `12.99`: schema.org wants the amount as a decimal string, not a formatted price. */
export function decimalPrice(cents: number): string {
  return `${Math.trunc(cents / 100)}.${String(Math.abs(cents) % 100).padStart(2, '0')}`;
}

export const bookPath = (id: string): string => `/books/${encodeURIComponent(id)}`;
export const genrePath = (genre: string): string => `/books/genre/${encodeURIComponent(genre)}`;

export function bookHead(site: Site, book: BookCardData): Head {
  const path = bookPath(book.id);
  const image = coverUrl(site, book.coverKey);
  const inStock = book.stock > 0;
  const price = decimalPrice(book.priceCents);
  return {
    // The same title the catalog's book page sets once it runs.
    title: `${book.title} by ${book.author} · ${STORE}`,
    description: `${book.title} by ${book.author}: ${book.currency} ${price}, ${inStock ? 'in stock' : 'out of stock'} at ${STORE}.`,
    path,
    image,
    type: 'book',
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': 'Book',
      '@id': `${site.url}${path}`,
      name: book.title,
      author: { '@type': 'Person', name: book.author },
      url: `${site.url}${path}`,
      ...(image ? { image } : {}),
      ...(isGenre(book.genre) ? { genre: GENRE_LABELS[book.genre] } : {}),
      offers: {
        '@type': 'Offer',
        price,
        priceCurrency: book.currency,
        availability: inStock ? 'https://schema.org/InStock' : 'https://schema.org/OutOfStock',
        url: `${site.url}${path}`,
      },
    },
  };
}

export function homeHead(): Head {
  return {
    title: `${STORE} · Classic books, newly bound`,
    description: 'Folio: great books from the public domain, in new editions.',
    path: '/',
    type: 'website',
  };
}

export function genreHead(genre: string): Head {
  const label = isGenre(genre) ? GENRE_LABELS[genre] : genre;
  return {
    title: `${label} · ${STORE}`,
    description: `${label} at ${STORE}: classic books from the public domain, in new editions.`,
    path: genrePath(genre),
    type: 'website',
  };
}

export function notFoundHead(): Head {
  return {
    title: `Page not found · ${STORE}`,
    description: 'This page is not in the store.',
    path: '/404',
    type: 'website',
  };
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** JSON inside a <script>: `<` escaped, so no string in it can close the element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** The <head> tags of a page (the frame's index.html keeps its charset, viewport and icon). */
export function headTags(site: Site, head: Head, { indexable = true } = {}): string {
  const url = `${site.url}${head.path}`;
  const meta = (attr: 'name' | 'property', key: string, content: string) =>
    `<meta ${attr}="${key}" content="${escapeHtml(content)}" />`;
  return [
    `<title>${escapeHtml(head.title)}</title>`,
    meta('name', 'description', head.description),
    indexable ? `<link rel="canonical" href="${escapeHtml(url)}" />` : meta('name', 'robots', 'noindex'),
    meta('property', 'og:site_name', STORE),
    meta('property', 'og:type', head.type),
    meta('property', 'og:title', head.title),
    meta('property', 'og:description', head.description),
    meta('property', 'og:url', url),
    ...(head.image ? [meta('property', 'og:image', head.image)] : []),
    meta('name', 'twitter:card', head.image ? 'summary_large_image' : 'summary'),
    meta('name', 'twitter:title', head.title),
    meta('name', 'twitter:description', head.description),
    ...(head.image ? [meta('name', 'twitter:image', head.image)] : []),
    ...(head.jsonLd ? [`<script type="application/ld+json">${scriptJson(head.jsonLd)}</script>`] : []),
  ].join('\n    ');
}
