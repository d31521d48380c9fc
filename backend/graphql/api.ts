/**
 * The API's wiring: data sources, Lambda functions and resolvers with their template files.
 * The CDK app and the local stack both build the API from this list.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TableDef } from '../tables';

export const SCHEMA_FILE = join(__dirname, 'schema.graphql');
export const RESOLVERS_DIR = join(__dirname, '..', 'resolvers');
export const FUNCTIONS_DIR = join(__dirname, '..', 'functions');

export const readSchema = (): string => readFileSync(SCHEMA_FILE, 'utf8');
export const readTemplate = (file: string): string => readFileSync(join(RESOLVERS_DIR, file), 'utf8');

/** Environment a Lambda reads (functions/shared/env.ts); values come from the stack or the local config. */
export type LambdaEnvName =
  | 'BOOKS_TABLE'
  | 'BOOK_SEARCH_TABLE'
  | 'ORDERS_TABLE'
  | 'IMAGE_BUCKET'
  | 'IMAGE_PUBLIC_URL'
  | 'CURRENCY'
  | 'STRIPE_SECRET_NAME'
  | 'PAGE_TOKEN_SECRET_NAME'
  | 'USER_POOL_ID'
  | 'SENDER_EMAIL';

export interface LambdaDef {
  /** Folder under functions/ holding handler.ts. */
  readonly dir:
    | 'write-book'
    | 'search-books'
    | 'create-cover-upload'
    | 'make-payment'
    | 'create-order'
    | 'change-order'
    | 'list-orders'
    | 'send-order-email';
  readonly env: readonly LambdaEnvName[];
  /** Tables it reads or writes, for least-privilege grants. */
  readonly reads: readonly TableDef['id'][];
  readonly writes: readonly TableDef['id'][];
  readonly usesImages?: 'read' | 'write';
  readonly usesStripe?: boolean;
  /** User-pool admin reads it makes (functions/shared/cognito.ts), granted on the pool alone. */
  readonly usesCognito?: readonly ('cognito-idp:AdminGetUser' | 'cognito-idp:ListUsers')[];
  /** Sends email through SES v2 from the order sender's identity only. */
  readonly usesSes?: boolean;
  /** Invoked by this table's DynamoDB stream (not by AppSync). */
  readonly stream?: TableDef['id'];
}

export type DataSourceDef =
  | { readonly name: string; readonly kind: 'dynamodb'; readonly table: TableDef['id'] }
  | { readonly name: string; readonly kind: 'lambda'; readonly lambda: LambdaDef }
  | { readonly name: string; readonly kind: 'none' };

const CATALOG_ENV = ['BOOKS_TABLE', 'BOOK_SEARCH_TABLE', 'CURRENCY'] as const;

export const LAMBDAS = {
  writeBook: {
    dir: 'write-book',
    env: [...CATALOG_ENV, 'IMAGE_BUCKET'],
    reads: ['Books'],
    writes: ['Books', 'BookSearch'],
    usesImages: 'read',
  },
  searchBooks: {
    dir: 'search-books',
    env: [...CATALOG_ENV, 'PAGE_TOKEN_SECRET_NAME'],
    reads: ['Books', 'BookSearch'],
    writes: [],
  },
  createCoverUpload: {
    dir: 'create-cover-upload',
    env: ['IMAGE_BUCKET', 'IMAGE_PUBLIC_URL'],
    reads: [],
    writes: [],
    usesImages: 'write',
  },
  makePayment: {
    dir: 'make-payment',
    env: ['BOOKS_TABLE', 'ORDERS_TABLE', 'CURRENCY', 'STRIPE_SECRET_NAME'],
    reads: ['Books', 'Orders'],
    writes: [],
    usesStripe: true,
  },
  createOrder: {
    dir: 'create-order',
    env: ['BOOKS_TABLE', 'ORDERS_TABLE', 'STRIPE_SECRET_NAME', 'USER_POOL_ID'],
    reads: ['Orders'],
    writes: ['Books', 'Orders'],
    usesStripe: true,
    usesCognito: ['cognito-idp:AdminGetUser'],
  },
  changeOrder: {
    dir: 'change-order',
    env: ['BOOKS_TABLE', 'ORDERS_TABLE', 'STRIPE_SECRET_NAME'],
    reads: ['Orders'],
    writes: ['Books', 'Orders'],
    usesStripe: true,
  },
  listOrders: {
    dir: 'list-orders',
    env: ['ORDERS_TABLE', 'PAGE_TOKEN_SECRET_NAME', 'USER_POOL_ID'],
    reads: ['Orders'],
    writes: [],
    usesCognito: ['cognito-idp:ListUsers'],
  },
  sendOrderEmail: {
    dir: 'send-order-email',
    env: ['ORDERS_TABLE', 'SENDER_EMAIL'],
    // Its markers (email#…) live in the orders table: one send per event.
    reads: ['Orders'],
    writes: ['Orders'],
    usesSes: true,
    stream: 'Orders',
  },
} as const satisfies Record<string, LambdaDef>;

export const DATA_SOURCES = {
  books: { name: 'BooksTable', kind: 'dynamodb', table: 'Books' },
  orders: { name: 'OrdersTable', kind: 'dynamodb', table: 'Orders' },
  writeBook: { name: 'WriteBookFunction', kind: 'lambda', lambda: LAMBDAS.writeBook },
  searchBooks: { name: 'SearchBooksFunction', kind: 'lambda', lambda: LAMBDAS.searchBooks },
  createCoverUpload: { name: 'CreateCoverUploadFunction', kind: 'lambda', lambda: LAMBDAS.createCoverUpload },
  makePayment: { name: 'MakePaymentFunction', kind: 'lambda', lambda: LAMBDAS.makePayment },
  createOrder: { name: 'CreateOrderFunction', kind: 'lambda', lambda: LAMBDAS.createOrder },
  changeOrder: { name: 'ChangeOrderFunction', kind: 'lambda', lambda: LAMBDAS.changeOrder },
  listOrders: { name: 'ListOrdersFunction', kind: 'lambda', lambda: LAMBDAS.listOrders },
} as const satisfies Record<string, DataSourceDef>;

export interface FunctionDef {
  readonly name: string;
  readonly dataSource: DataSourceDef;
  readonly request: string;
  readonly response: string;
}

export const PIPELINE_FUNCTIONS = {
  makePayment: {
    name: 'makePayment',
    dataSource: DATA_SOURCES.makePayment,
    request: 'Lambda.req.vtl',
    response: 'Lambda.res.vtl',
  },
  createOrder: {
    name: 'createOrder',
    dataSource: DATA_SOURCES.createOrder,
    request: 'Lambda.req.vtl',
    response: 'Lambda.res.vtl',
  },
} as const satisfies Record<string, FunctionDef>;

export type ResolverDef =
  | {
      readonly typeName: 'Query' | 'Mutation';
      readonly fieldName: string;
      readonly kind: 'unit';
      readonly dataSource: DataSourceDef;
      readonly request: string;
      readonly response: string;
    }
  | {
      readonly typeName: 'Query' | 'Mutation';
      readonly fieldName: string;
      readonly kind: 'pipeline';
      readonly functions: readonly FunctionDef[];
      readonly request: string;
      readonly response: string;
    };

const lambdaResolver = (typeName: 'Query' | 'Mutation', fieldName: string, dataSource: DataSourceDef): ResolverDef => ({
  typeName,
  fieldName,
  kind: 'unit',
  dataSource,
  request: 'Lambda.req.vtl',
  response: 'Lambda.res.vtl',
});

export const RESOLVERS: readonly ResolverDef[] = [
  {
    typeName: 'Query',
    fieldName: 'getBook',
    kind: 'unit',
    dataSource: DATA_SOURCES.books,
    request: 'Query.getBook.req.vtl',
    response: 'DynamoDB.res.vtl',
  },
  {
    typeName: 'Query',
    fieldName: 'listBooks',
    kind: 'unit',
    dataSource: DATA_SOURCES.books,
    request: 'Query.listBooks.req.vtl',
    response: 'Connection.res.vtl',
  },
  lambdaResolver('Query', 'searchBooks', DATA_SOURCES.searchBooks),
  {
    typeName: 'Query',
    fieldName: 'myOrders',
    kind: 'unit',
    dataSource: DATA_SOURCES.orders,
    request: 'Query.myOrders.req.vtl',
    response: 'Connection.res.vtl',
  },
  {
    typeName: 'Query',
    fieldName: 'getOrder',
    kind: 'unit',
    dataSource: DATA_SOURCES.orders,
    request: 'Query.getOrder.req.vtl',
    response: 'Query.getOrder.res.vtl',
  },
  lambdaResolver('Mutation', 'createBook', DATA_SOURCES.writeBook),
  lambdaResolver('Mutation', 'updateBook', DATA_SOURCES.writeBook),
  lambdaResolver('Mutation', 'deleteBook', DATA_SOURCES.writeBook),
  lambdaResolver('Mutation', 'createCoverUpload', DATA_SOURCES.createCoverUpload),
  {
    typeName: 'Mutation',
    fieldName: 'processOrder',
    kind: 'pipeline',
    functions: [PIPELINE_FUNCTIONS.makePayment, PIPELINE_FUNCTIONS.createOrder],
    request: 'Pipeline.before.vtl',
    response: 'Pipeline.after.vtl',
  },
  lambdaResolver('Query', 'listOrders', DATA_SOURCES.listOrders),
  lambdaResolver('Query', 'findOrders', DATA_SOURCES.listOrders),
  lambdaResolver('Mutation', 'cancelOrder', DATA_SOURCES.changeOrder),
  lambdaResolver('Mutation', 'shipOrder', DATA_SOURCES.changeOrder),
  lambdaResolver('Mutation', 'deliverOrder', DATA_SOURCES.changeOrder),
  lambdaResolver('Mutation', 'refundOrder', DATA_SOURCES.changeOrder),
];
