/**
 * The books table's stream records as the prerenderer reads them: each change's old and new book. One mapping for
 * the renderer Lambda (its stream event) and the local stack's stream follower (backend/local/books-stream.ts).
 */
import type { _Record } from '@aws-sdk/client-dynamodb-streams';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import type { SiteBook } from '@folio/contract/documents/site';
import type { BookChange } from '@folio/shell/prerender/prerender-site';

type Image = NonNullable<NonNullable<_Record['dynamodb']>['NewImage']>;

/** A book item of the table (backend/catalog/book-store.ts) as the prerenderer reads it. */
export function siteBookOf(image: Image | undefined): SiteBook | undefined {
  if (!image) return undefined;
  const item = unmarshall(image as Parameters<typeof unmarshall>[0]);
  return {
    id: String(item.id),
    title: String(item.title),
    author: String(item.author),
    genre: String(item.genre),
    priceCents: Number(item.priceCents),
    currency: String(item.currency),
    stock: Number(item.stock),
    coverKey: item.coverKey ? String(item.coverKey) : null,
    updatedAt: String(item.updatedAt),
  };
}

export function bookChangesOf(records: readonly _Record[]): BookChange[] {
  return records.map((record) => ({
    before: siteBookOf(record.dynamodb?.OldImage),
    after: siteBookOf(record.dynamodb?.NewImage),
  }));
}
