/**
 * DynamoDB tables and indexes: the one definition read by the CDK app and the local stack.
 * Shapes follow CreateTable's input so both sides can use them as they are.
 */
export type KeyType = 'S' | 'N';

export interface KeyDef {
  readonly name: string;
  readonly type: KeyType;
}

/**
 * A global secondary index. Add or remove at most one per table per deploy, then record it in
 * tables.deployed.json: index-steps.ts says why, docs/DEPLOY.md ("Changing a table") the order.
 */
export interface IndexDef {
  readonly indexName: string;
  readonly partitionKey: KeyDef;
  readonly sortKey?: KeyDef;
}

export interface TableDef {
  /** Logical id in CDK and the suffix of the physical name. */
  readonly id: 'Books' | 'BookSearch' | 'Orders';
  readonly partitionKey: KeyDef;
  readonly sortKey?: KeyDef;
  readonly globalSecondaryIndexes: readonly IndexDef[];
  /** The table's change stream, for readers that follow it (the books table: the prerendered pages). */
  readonly stream?: 'NEW_AND_OLD_IMAGES';
}

/** A sort key that orders books by normalised title; the id suffix keeps equal titles distinct. */
const titleSort: KeyDef = { name: 'titleSort', type: 'S' };

export const BOOKS_TABLE: TableDef = {
  id: 'Books',
  partitionKey: { name: 'id', type: 'S' },
  globalSecondaryIndexes: [
    // Every book carries catalog = "BOOK": one sorted list of the whole catalog.
    { indexName: 'byTitle', partitionKey: { name: 'catalog', type: 'S' }, sortKey: titleSort },
    { indexName: 'byGenre', partitionKey: { name: 'genre', type: 'S' }, sortKey: titleSort },
    // Sparse: only featured books carry featuredKey.
    { indexName: 'byFeatured', partitionKey: { name: 'featuredKey', type: 'S' }, sortKey: titleSort },
  ],
  // A book's change re-renders its prerendered pages (shell/prerender/; locally backend/local/site.ts).
  stream: 'NEW_AND_OLD_IMAGES',
};

/**
 * One item per (word prefix, book): prefix "tols" → every book with a title or author word starting "tols".
 * A search is one Query on a prefix, sorted by title; no Scan.
 */
export const BOOK_SEARCH_TABLE: TableDef = {
  id: 'BookSearch',
  partitionKey: { name: 'prefix', type: 'S' },
  sortKey: titleSort,
  // A book's own entries need no index: their keys follow from its title and author.
  globalSecondaryIndexes: [],
};

export const ORDERS_TABLE: TableDef = {
  id: 'Orders',
  partitionKey: { name: 'id', type: 'S' },
  globalSecondaryIndexes: [
    {
      indexName: 'byCustomer',
      partitionKey: { name: 'customerId', type: 'S' },
      sortKey: { name: 'createdAt', type: 'S' },
    },
  ],
};

export const TABLES: readonly TableDef[] = [BOOKS_TABLE, BOOK_SEARCH_TABLE, ORDERS_TABLE];

/** Physical table names for a deployment prefix, e.g. "folio-local" → "folio-local-Books". */
export type TableNames = Readonly<Record<TableDef['id'], string>>;
export const tableNames = (prefix: string): TableNames => ({
  Books: `${prefix}-Books`,
  BookSearch: `${prefix}-BookSearch`,
  Orders: `${prefix}-Orders`,
});
