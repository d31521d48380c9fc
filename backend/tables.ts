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
  readonly id: 'Books' | 'BookSearch' | 'Orders' | 'Payments';
  readonly partitionKey: KeyDef;
  readonly sortKey?: KeyDef;
  readonly globalSecondaryIndexes: readonly IndexDef[];
  /** Attribute holding an epoch-seconds expiry: DynamoDB deletes the item some time after it. */
  readonly timeToLiveAttribute?: string;
  /** A stream of each change with both images, for readers that follow it: the orders' emails, the books' pages. */
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
    // The order desk: one partition per status, newest first; every order has a status, key items have none.
    // listOrders without a status merges the five partitions (functions/list-orders).
    {
      indexName: 'byStatus',
      partitionKey: { name: 'status', type: 'S' },
      sortKey: { name: 'createdAt', type: 'S' },
    },
  ],
  stream: 'NEW_AND_OLD_IMAGES',
};

/**
 * What payments need beside the orders (backend/payments/): each customer's Stripe Customer id, each payment
 * attempt as the server priced it (so an authorised payment can become its order without the browser), and
 * the Stripe webhook events already handled. Items are told apart by their id's prefix.
 */
export const PAYMENTS_TABLE: TableDef = {
  id: 'Payments',
  partitionKey: { name: 'id', type: 'S' },
  globalSecondaryIndexes: [],
  timeToLiveAttribute: 'expiresAt',
};

export const TABLES: readonly TableDef[] = [BOOKS_TABLE, BOOK_SEARCH_TABLE, ORDERS_TABLE, PAYMENTS_TABLE];

/** Physical table names for a deployment prefix, e.g. "folio-local" → "folio-local-Books". */
export type TableNames = Readonly<Record<TableDef['id'], string>>;
export const tableNames = (prefix: string): TableNames => ({
  Books: `${prefix}-Books`,
  BookSearch: `${prefix}-BookSearch`,
  Orders: `${prefix}-Orders`,
  Payments: `${prefix}-Payments`,
});
