/**
 * The simulator's DynamoDB data source with AppSync's page tokens. AppSync encrypts the LastEvaluatedKey it hands
 * out as nextToken and refuses one it did not issue; the simulator hands out the key in plain base64 (a customer
 * id in myOrders' tokens) and passes garbage to DynamoDB (a raw SyntaxError). This loader seals the token it
 * returns (page-token.ts, bound to the table, index and key condition) and opens the one it receives, answering a
 * bad one with the error AppSync gives, which Connection.res.vtl turns into a ValidationError on both.
 */
import { addDataLoader, removeDataLoader } from '@aws-amplify/amplify-appsync-simulator';
// The pinned simulator's (2.16.20) own loader, which this one wraps.
import { DynamoDBDataLoader } from '@aws-amplify/amplify-appsync-simulator/lib/data-loader/dynamo-db';
import { openPageToken, sealPageToken } from '../functions/shared/page-token';

export const SEALED_DYNAMODB = 'FOLIO_SEALED_DYNAMODB';

/** What AppSync answers for a nextToken it did not issue (errorType and message as seen on AWS). */
export const APPSYNC_BAD_TOKEN = {
  type: 'DynamoDB:UserIllegalArgumentException',
  message: 'com.amazonaws.deepdish.common.pagination.InvalidPaginationTokenException: Invalid pagination token given.',
} as const;

interface SealedConfig {
  config: { tableName: string };
  pageTokenSecret: string;
}

interface PagedRequest {
  operation: string;
  index?: string;
  query?: unknown;
  filter?: unknown;
  scanIndexForward?: boolean;
  nextToken?: string | null;
}

class SealedDynamoDBDataLoader extends DynamoDBDataLoader {
  private readonly secret: string;
  private readonly table: string;

  constructor(source: SealedConfig) {
    super(source as never);
    this.secret = source.pageTokenSecret;
    this.table = source.config.tableName;
  }

  async load(payload: PagedRequest): Promise<object | null> {
    if (payload.operation !== 'Query' && payload.operation !== 'Scan') return super.load(payload);
    // The token only serves the query that produced it: same table, index, key condition (the customer), filter.
    const context = JSON.stringify([
      this.table,
      payload.index,
      payload.query,
      payload.filter,
      payload.scanIndexForward,
    ]);
    let nextToken = payload.nextToken ?? null;
    if (nextToken !== null) {
      nextToken = typeof nextToken === 'string' ? openPageToken(nextToken, this.secret, context) : null;
      if (nextToken === null)
        throw Object.assign(new Error(APPSYNC_BAD_TOKEN.message), { type: APPSYNC_BAD_TOKEN.type });
    }
    const page = (await super.load({ ...payload, nextToken })) as { nextToken?: string | null } | null;
    if (page?.nextToken) page.nextToken = sealPageToken(page.nextToken, this.secret, context);
    return page;
  }
}

/** Registers the loader (once per process: the simulator's registry is global). */
export function registerSealedDynamoDB(): void {
  // The registry's type names only the simulator's own kinds; any string works at run time.
  removeDataLoader(SEALED_DYNAMODB as never);
  addDataLoader(SEALED_DYNAMODB as never, SealedDynamoDBDataLoader as never);
}
