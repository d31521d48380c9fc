/**
 * What AWS Lambda's DynamoDB event source does for the orders table, locally: reads DynamoDB Local's stream
 * (the DynamoDB Streams API) from its start, hands each batch to the send-order-email handler in the shape Lambda
 * gives it, and on a reported failure starts again from the failed record after a pause. Emails are sent once
 * per event by the handler's own markers, so reading a record twice is harmless.
 */
import {
  DescribeStreamCommand,
  DynamoDBStreamsClient,
  GetRecordsCommand,
  GetShardIteratorCommand,
  type _Record,
} from '@aws-sdk/client-dynamodb-streams';
import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { BatchResult, StreamEvent } from '../functions/send-order-email/handler';

export interface StreamReaderOptions {
  endpoint: string;
  region: string;
  table: string;
  handler: (event: StreamEvent) => Promise<BatchResult>;
  log?: (line: string) => void;
  /** Between polls of a quiet shard, and before a retry. */
  pollMs?: number;
  retryMs?: number;
  /** Between looks for new shards while every known one is still open. */
  rediscoverMs?: number;
}

const CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' };

/** A record as Lambda delivers it: the Streams API's record with its creation time in epoch seconds. */
function asLambdaRecord(record: _Record, streamArn: string) {
  const created = record.dynamodb?.ApproximateCreationDateTime;
  return {
    ...record,
    eventSourceARN: streamArn,
    dynamodb: {
      ...record.dynamodb,
      ...(created ? { ApproximateCreationDateTime: Math.floor(new Date(created).getTime() / 1000) } : {}),
    },
  };
}

export function startOrderStream(opts: StreamReaderOptions): { stop: () => Promise<void> } {
  const pollMs = opts.pollMs ?? 250;
  const retryMs = opts.retryMs ?? 1000;
  const rediscoverMs = opts.rediscoverMs ?? 5_000;
  const streams = new DynamoDBStreamsClient({ endpoint: opts.endpoint, region: opts.region, credentials: CREDENTIALS });
  const db = new DynamoDBClient({ endpoint: opts.endpoint, region: opts.region, credentials: CREDENTIALS });
  let stopped = false;
  const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
  /** Shards being read (id → iterator) and shards read to their end. */
  const iterators = new Map<string, string>();
  const finished = new Set<string>();
  /** The last record handed over without failure, per shard: where a fresh iterator starts. */
  const lastRead = new Map<string, string>();
  /** A shard was read to its end: its child may be waiting to be found. */
  let shardEnded = false;

  /** A new iterator after the last record read (DynamoDB Local drops iterators now and then, as AWS does after 15 min). */
  async function freshIterator(streamArn: string, shardId: string): Promise<void> {
    const after = lastRead.get(shardId);
    const out = await streams.send(
      new GetShardIteratorCommand({
        StreamArn: streamArn,
        ShardId: shardId,
        ...(after
          ? { ShardIteratorType: 'AFTER_SEQUENCE_NUMBER' as const, SequenceNumber: after }
          : { ShardIteratorType: 'TRIM_HORIZON' as const }),
      }),
    );
    if (out.ShardIterator) iterators.set(shardId, out.ShardIterator);
  }

  async function discover(streamArn: string): Promise<void> {
    const { StreamDescription } = await streams.send(new DescribeStreamCommand({ StreamArn: streamArn }));
    for (const shard of StreamDescription?.Shards ?? []) {
      const id = shard.ShardId!;
      if (iterators.has(id) || finished.has(id)) continue;
      // A child shard waits until its parent is read to the end, so records stay in order.
      if (shard.ParentShardId && !finished.has(shard.ParentShardId) && iterators.has(shard.ParentShardId)) continue;
      const out = await streams.send(
        new GetShardIteratorCommand({ StreamArn: streamArn, ShardId: id, ShardIteratorType: 'TRIM_HORIZON' }),
      );
      if (out.ShardIterator) iterators.set(id, out.ShardIterator);
    }
  }

  async function readShard(streamArn: string, shardId: string, iterator: string): Promise<void> {
    let out;
    try {
      out = await streams.send(new GetRecordsCommand({ ShardIterator: iterator, Limit: 100 }));
    } catch (error) {
      const name = (error as Error).name;
      if (name !== 'TrimmedDataAccessException' && name !== 'ExpiredIteratorException') throw error;
      await freshIterator(streamArn, shardId);
      return;
    }
    const records = out.Records ?? [];
    if (records.length) {
      const result = await opts.handler({ Records: records.map((r) => asLambdaRecord(r, streamArn)) } as StreamEvent);
      const failed = result.batchItemFailures[0]?.itemIdentifier;
      if (failed) {
        // As Lambda does: read again from the failed record, after a pause.
        opts.log?.(`order emails: a send failed, retrying from record ${failed}`);
        await pause(retryMs);
        const again = await streams.send(
          new GetShardIteratorCommand({
            StreamArn: streamArn,
            ShardId: shardId,
            ShardIteratorType: 'AT_SEQUENCE_NUMBER',
            SequenceNumber: failed,
          }),
        );
        iterators.set(shardId, again.ShardIterator!);
        return;
      }
    }
    const last = records.at(-1)?.dynamodb?.SequenceNumber;
    if (last) lastRead.set(shardId, last);
    if (out.NextShardIterator) iterators.set(shardId, out.NextShardIterator);
    else {
      iterators.delete(shardId);
      finished.add(shardId);
      shardEnded = true;
    }
  }

  const loop = (async () => {
    const { Table } = await db.send(new DescribeTableCommand({ TableName: opts.table }));
    const streamArn = Table?.LatestStreamArn;
    if (!streamArn) throw new Error(`${opts.table} has no stream`);
    let discovered = 0;
    while (!stopped) {
      try {
        // Shards change rarely (a new one when one ends): looking for them on every poll doubled a quiet
        // stream's requests and cost a DescribeStream per poll under load.
        if (!iterators.size || shardEnded || Date.now() - discovered >= rediscoverMs) {
          shardEnded = false;
          discovered = Date.now();
          await discover(streamArn);
        }
        for (const [shardId, iterator] of [...iterators]) {
          if (!stopped) await readShard(streamArn, shardId, iterator);
        }
      } catch (error) {
        opts.log?.(`order emails: reading the stream failed (${(error as Error).message}); trying again`);
        await pause(retryMs);
      }
      await pause(pollMs);
    }
  })().catch((error) => opts.log?.(`order emails: stopped: ${(error as Error).message}`));

  return {
    async stop() {
      stopped = true;
      await loop;
      streams.destroy();
      db.destroy();
    },
  };
}
