/** DynamoDB Local (the jar shipped in amplify-dynamodb-simulator) and the tables of tables.ts. */
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { listenHost } from '@folio/config';
import {
  CreateTableCommand,
  DescribeTableCommand,
  DynamoDBClient,
  ListTablesCommand,
  UpdateTableCommand,
} from '@aws-sdk/client-dynamodb';
import { TABLES, type TableDef, type TableNames } from '../tables';
import { failOnExit, startChild, type Child } from './child';
import { waitFor } from './ports';
import { createTableInput, indexUpdates, streamUpdate } from './table-requests';

export const JAVA_HELP =
  'DynamoDB Local needs Java 17 or newer. Install it (Debian/Ubuntu: sudo apt-get install -y openjdk-17-jre-headless; ' +
  'macOS: brew install openjdk@17) or set JAVA_HOME, then run npm start again.';

function javaCommand(): string {
  return process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
}

/** The Java major version, or an error that says how to install Java. */
export function checkJava(): number {
  const out = spawnSync(javaCommand(), ['-version'], { encoding: 'utf8' });
  if (out.error || out.status !== 0) throw new Error(`Java was not found. ${JAVA_HELP}`);
  const match = /version "(\d+)(?:\.(\d+))?/.exec(out.stderr + out.stdout);
  const major = match ? (match[1] === '1' ? Number(match[2]) : Number(match[1])) : 0;
  if (major < 17) throw new Error(`Java ${major || '(unknown version)'} is too old. ${JAVA_HELP}`);
  return major;
}

const emulatorDir = () => join(dirname(require.resolve('amplify-dynamodb-simulator/package.json')), 'emulator');

export function dynamoClient(endpoint: string, region: string): DynamoDBClient {
  // DynamoDB Local with -sharedDb accepts any credentials; these keep the SDK from looking further.
  return new DynamoDBClient({ endpoint, region, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } });
}

export async function startDynamo(opts: { port: number; dataDir?: string; region: string }): Promise<Child> {
  checkJava();
  const dir = emulatorDir();
  const storage = opts.dataDir ? ['-dbPath', opts.dataDir] : ['-inMemory'];
  if (opts.dataDir) mkdirSync(opts.dataDir, { recursive: true });
  // The jar binds every interface and has no option against it: DynamoDbOnHost.java starts the same server
  // bound to FOLIO_HOST (run as source, so there is nothing to build).
  const child = startChild(
    'DynamoDB Local',
    javaCommand(),
    [
      `-Dfolio.host=${listenHost()}`,
      `-Djava.library.path=${join(dir, 'DynamoDBLocal_lib')}`,
      '-cp',
      [join(dir, 'DynamoDBLocal.jar'), join(dir, 'DynamoDBLocal_lib', '*')].join(delimiter),
      join(__dirname, 'DynamoDbOnHost.java'),
      '-disableTelemetry',
      '-sharedDb',
      ...storage,
      '-port',
      String(opts.port),
    ],
    { cwd: dir },
  );
  const client = dynamoClient(`http://localhost:${opts.port}`, opts.region);
  try {
    await Promise.race([
      // A JVM (compiling DynamoDbOnHost.java first) takes 20 s and more to start on a busy machine.
      waitFor('DynamoDB Local', async () => Boolean(await client.send(new ListTablesCommand({}))), 60_000),
      failOnExit(child),
    ]);
  } catch (error) {
    await child.stop();
    throw error;
  } finally {
    client.destroy();
  }
  return child;
}

const describeTable = async (client: DynamoDBClient, tableName: string) =>
  (await client.send(new DescribeTableCommand({ TableName: tableName }))).Table!;

/** Applies indexUpdates one at a time: DynamoDB refuses the next index change while one is in progress. */
async function updateIndexes(client: DynamoDBClient, def: TableDef, tableName: string, log: (line: string) => void) {
  for (const update of indexUpdates(def, tableName, await describeTable(client, tableName))) {
    await client.send(new UpdateTableCommand(update.input));
    await waitFor(`index ${update.indexName} of ${tableName}`, async () => {
      const index = (await describeTable(client, tableName)).GlobalSecondaryIndexes?.find(
        (i) => i.IndexName === update.indexName,
      );
      return update.action === 'delete' ? !index : index?.IndexStatus === 'ACTIVE';
    });
    log(
      update.action === 'create'
        ? `DynamoDB: added index ${update.indexName} to ${tableName} (new in tables.ts since this data folder was made)`
        : `DynamoDB: dropped index ${update.indexName} of ${tableName} to create it again with the keys of tables.ts`,
    );
  }
}

/** A persisted table made before tables.ts gave it a stream gets one (the order emails read it). */
async function enableStream(client: DynamoDBClient, def: TableDef, tableName: string, log: (line: string) => void) {
  if (!def.stream) return;
  const update = streamUpdate(def, tableName, await describeTable(client, tableName));
  if (!update) return;
  await client.send(new UpdateTableCommand(update));
  log(`DynamoDB: turned on the stream of ${tableName} (new in tables.ts since this data folder was made)`);
}

/**
 * Creates the tables that do not exist yet and gives the others (kept in a persisted folder) the indexes tables.ts
 * gained since; returns the names of the tables created.
 */
export async function createTables(
  client: DynamoDBClient,
  names: TableNames,
  log: (line: string) => void = () => undefined,
): Promise<string[]> {
  const existing = new Set((await client.send(new ListTablesCommand({}))).TableNames ?? []);
  const missing = TABLES.filter((def) => !existing.has(names[def.id]));
  await Promise.all(missing.map((def) => client.send(new CreateTableCommand(createTableInput(def, names[def.id])))));
  for (const def of TABLES.filter((d) => existing.has(names[d.id]))) {
    await updateIndexes(client, def, names[def.id], log);
    await enableStream(client, def, names[def.id], log);
  }
  return missing.map((def) => names[def.id]);
}
