/**
 * The prerenderer's bulk read of the catalog (shell/prerender/): every book a page is made for, with what its head
 * and the sitemap say (price, stock, cover, last change), a page of up to 100 at a time, as a guest.
 */
import type { SiteBooksQuery, SiteBooksQueryVariables } from '../generated/operations';
import type { TypedDocument } from './typed-document';

export const SITE_BOOKS = <TypedDocument<SiteBooksQuery, SiteBooksQueryVariables>>/* GraphQL */ `
  query SiteBooks($limit: Int, $nextToken: String) {
    listBooks(limit: $limit, nextToken: $nextToken) {
      items {
        id
        title
        author
        genre
        priceCents
        currency
        stock
        coverKey
        updatedAt
      }
      nextToken
    }
  }
`;

export type SiteBook = SiteBooksQuery['listBooks']['items'][number];
