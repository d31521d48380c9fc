/**
 * The prerenderer's bulk read of the catalog (shell/prerender/): every book a page is made for, with what its head
 * and the sitemap say (price, stock, cover, last change), a page of up to 100 at a time, as a guest.
 */
import type { SiteBooksQuery, SiteBooksQueryVariables } from '../generated/operations';
import type { TypedDocument } from './typed-document';
import { BOOK_CARD } from './catalog';

export const SITE_BOOKS = <TypedDocument<SiteBooksQuery, SiteBooksQueryVariables>>/* GraphQL */ `
  query SiteBooks($limit: Int, $nextToken: String) {
    listBooks(limit: $limit, nextToken: $nextToken) {
      items {
        ...BookCard
        updatedAt
      }
      nextToken
    }
  }
  ${BOOK_CARD}
`;

export type SiteBook = SiteBooksQuery['listBooks']['items'][number];
