/**
 * The whole local AWS stack as one unit: started together with health checks, stopped together.
 * Used by `npm start`, the integration tests and the benchmarks.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import {
  localConfig,
  portHint,
  S3_CREDENTIALS,
  storeOrigins,
  urls,
  type LocalConfig,
  type LocalOptions,
} from './config';
import { startDynamo, createTables, dynamoClient } from './dynamodb';
import {
  cognitoClient,
  ensureDemoUsers,
  ensureUserPool,
  startCognito,
  type LocalCognito,
  type UserPool,
} from './cognito';
import { Revocations } from './cognito-revocations';
import { startS3 } from './s3';
import { REMOTES } from '@folio/config';
import { remoteBucket } from '../releases/bucket';
import { startStripeEmulator } from './stripe/emulator';
import { createSimulator } from './appsync';
import { startGateway } from './gateway';
import { tokenVerifier } from './tokens';
import { applyLambdaEnv } from './lambda-env';
import { assertPortsFree } from './ports';
import { failOrderWrites, parseFaults } from './faults';
import { startSweeps, webhookEndpoint, webhookRoute, WEBHOOK_PATH } from './payment-events';
import { startSes } from './ses';
import { startOrderStream } from './order-stream';
import { handler as sendOrderEmail } from '../functions/send-order-email/handler';

export interface Stack {
  readonly config: LocalConfig;
  readonly pool: UserPool;
  readonly urls: ReturnType<typeof urls>;
  stop(): Promise<void>;
}

export interface StackOptions extends LocalOptions {
  log?: (line: string) => void;
}

type Stopper = { name: string; stop: () => Promise<void> | void };

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const log = options.log ?? (() => undefined);
  const c = localConfig(options);
  const services: Record<string, number> = {
    'GraphQL API': c.ports.graphql,
    'DynamoDB Local': c.ports.dynamodb,
    // The public port is our proxy; cognito-local itself listens on the internal one.
    'cognito-local': c.ports.cognito,
    'cognito-local (internal)': c.ports.cognitoInternal,
    s3rver: c.ports.s3,
    'Stripe emulator': c.ports.stripe,
    'aws-ses-v2-local': c.ports.ses,
  };
  await assertPortsFree(
    Object.fromEntries(Object.entries(services).map(([name, port]) => [name, { port, variable: portHint(c, port) }])),
  );

  const faults = parseFaults();
  if (!c.persist) rmSync(c.stateDir, { recursive: true, force: true });
  mkdirSync(c.stateDir, { recursive: true });
  applyLambdaEnv(c);
  const u = urls(c);
  const stoppers: Stopper[] = [];
  const stopAll = async () => {
    for (const s of stoppers.reverse().splice(0)) {
      await Promise.resolve(s.stop()).catch((e) => log(`stopping ${s.name}: ${(e as Error).message}`));
    }
  };

  // In the state folder: kept with --persist, as the accounts and tokens it applies to are.
  const revocations = new Revocations(join(c.stateDir, 'cognito-revocations.json'));
  let cognito: LocalCognito | undefined;
  try {
    const started = Date.now();
    await Promise.all([
      startDynamo({
        port: c.ports.dynamodb,
        region: c.region,
        dataDir: c.persist ? join(c.stateDir, 'dynamodb') : undefined,
      }).then((d) => {
        stoppers.push(d);
        return d;
      }),
      startCognito({
        port: c.ports.cognito,
        internalPort: c.ports.cognitoInternal,
        dir: join(c.stateDir, 'cognito'),
        region: c.region,
        credentials: c.cognitoCredentials,
        origins: storeOrigins(c),
        revocations,
        onCode: (destination, code) => log(`✉ Cognito code for ${destination}: ${code}`),
      }).then((d) => {
        stoppers.push({ name: 'cognito-local', stop: d.stop });
        cognito = d;
        return d;
      }),
      startS3({
        port: c.ports.s3,
        dir: join(c.stateDir, 's3'),
        bucket: c.imageBucket,
        region: c.region,
        credentials: S3_CREDENTIALS,
        privateBuckets: REMOTES.map((r) => remoteBucket(r.name)),
      }).then((d) => {
        stoppers.push({ name: 's3rver', stop: d.stop });
        return d;
      }),
      faults.stripeDown
        ? (log('fault: the Stripe emulator is down'), undefined)
        : startStripeEmulator({ port: c.ports.stripe, publicUrl: u.stripe, webhook: webhookEndpoint(c) }).then((d) => {
            stoppers.push({ name: 'Stripe emulator', stop: d.close });
            return d;
          }),
      startSes({ port: c.ports.ses }).then((d) => {
        stoppers.push({ name: 'aws-ses-v2-local', stop: d.stop });
        return d;
      }),
    ]);
    log(`emulators up in ${Date.now() - started} ms`);

    const db = dynamoClient(u.dynamodb, c.region);
    await createTables(db, c.tables, log);
    db.destroy();
    // As the CDK app's event source does on AWS: the orders table's stream drives the order emails.
    const orderEmails = startOrderStream({
      endpoint: u.dynamodb,
      region: c.region,
      table: c.tables.Orders,
      handler: sendOrderEmail,
      log,
    });
    stoppers.push({ name: 'order email stream', stop: orderEmails.stop });

    const idp = cognitoClient(u.cognito, c.region, c.cognitoCredentials);
    const pool = await ensureUserPool(idp, u.cognito);
    await ensureDemoUsers(idp, pool);
    idp.destroy();
    // The Lambdas' user-pool reads (functions/shared/cognito.ts) go through the proxy with the stack's keys.
    Object.assign(process.env, {
      USER_POOL_ID: pool.userPoolId,
      COGNITO_ENDPOINT: u.cognito,
      COGNITO_ACCESS_KEY_ID: c.cognitoCredentials.accessKeyId,
      COGNITO_SECRET_ACCESS_KEY: c.cognitoCredentials.secretAccessKey,
    });

    if (faults.createOrderWrite) {
      failOrderWrites(faults.createOrderWrite);
      log(`fault: the next ${faults.createOrderWrite} order transaction(s) fail`);
    }
    const simulator = createSimulator(c, pool);
    const tokens = await tokenVerifier(pool, revocations);
    cognito!.proxy.attach(pool, tokens);
    const gateway = await startGateway({
      port: c.ports.graphql,
      simulator,
      apiKey: c.apiKey,
      tokens,
      functionUrls: { [WEBHOOK_PATH]: webhookRoute },
    });
    stoppers.push({ name: 'GraphQL gateway', stop: gateway.close });
    stoppers.push({ name: 'payment sweep', stop: startSweeps(c, log) });
    log(`stack ready in ${Date.now() - started} ms`);
    return { config: c, pool, urls: u, stop: stopAll };
  } catch (error) {
    await stopAll();
    throw error;
  }
}
