/**
 * Follows the books table's DynamoDB stream (DynamoDB Local has streams, as AWS does) and hands each batch of book
 * changes to a reader: locally the prerenderer (site.ts), as the renderer Lambda on the stream would on AWS.
 */
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
} from '@aws-sdk/client-dynamodb-streams';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import type { BookChange } from '@folio/shell/prerender/prerender-site';
import { bookChangesOf } from '../functions/render-pages/book-changes';
import { dynamoClient } from './dynamodb';

export { bookChangesOf, siteBookOf } from '../functions/render-pages/book-changes';

export interface StreamFollower {
  stop(): Promise<void>;
}

/**
 * Polls every shard of the table's stream, `intervalMs` apart, from now on (shards that open later from their
 * start), and awaits `onChanges` before reading on, so changes are handled in order.
 */
export async function followBooksStream(options: {
  endpoint: string;
  region: string;
  tableName: string;
  onChanges(changes: BookChange[]): Promise<void>;
  intervalMs?: number;
  log?: (line: string) => void;
}): Promise<StreamFollower> {
  const { endpoint, region, tableName, onChanges, intervalMs = 500, log = () => undefined } = options;
  const tables = dynamoClient(endpoint, region);
  const table = (await tables.send(new DescribeTableCommand({ TableName: tableName }))).Table;
  tables.destroy();
  const streamArn = table?.LatestStreamArn;
  if (!streamArn) throw new Error(`${tableName} has no stream (tables.ts asks for one)`);
  const streams = new DynamoDBStreamsClient({
    endpoint,
    region,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const iterators = new Map<string, string | undefined>();
  const iteratorOf = async (shardId: string, type: 'LATEST' | 'TRIM_HORIZON') =>
    (
      await streams.send(
        new GetShardIteratorCommand({ StreamArn: streamArn, ShardId: shardId, ShardIteratorType: type }),
      )
    ).ShardIterator;
  const discover = async (type: 'LATEST' | 'TRIM_HORIZON') => {
    const shards = (await streams.send(new DescribeStreamCommand({ StreamArn: streamArn }))).StreamDescription?.Shards;
    for (const shard of shards ?? []) {
      if (!iterators.has(shard.ShardId!)) iterators.set(shard.ShardId!, await iteratorOf(shard.ShardId!, type));
    }
  };
  await discover('LATEST');

  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const poll = async () => {
    try {
      await discover('TRIM_HORIZON');
      for (const [shardId, iterator] of iterators) {
        if (!iterator || stopped) continue;
        const answer = await streams.send(new GetRecordsCommand({ ShardIterator: iterator }));
        iterators.set(shardId, answer.NextShardIterator);
        if (answer.Records?.length) await onChanges(bookChangesOf(answer.Records));
      }
    } catch (error) {
      log(`books stream: ${(error as Error).message}`);
    }
    if (!stopped) timer = setTimeout(() => (running = poll()), intervalMs);
  };
  running = poll();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
      streams.destroy();
    },
  };
}
