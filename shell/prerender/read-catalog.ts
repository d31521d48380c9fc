/** Every book of the catalog, read in bulk through the store's API as a guest (100 a request). */
import { graphql } from '@folio/config/web/graphql';
import { SITE_BOOKS, type SiteBook } from '@folio/contract/documents/site';

export async function readCatalog(): Promise<SiteBook[]> {
  const books: SiteBook[] = [];
  let nextToken: string | undefined;
  do {
    const page = (await graphql({ query: SITE_BOOKS, variables: { limit: 100, nextToken }, authMode: 'apiKey' }))
      .listBooks;
    books.push(...page.items);
    nextToken = page.nextToken ?? undefined;
  } while (nextToken);
  return books;
}
