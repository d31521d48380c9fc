/**
 * (H, I and the catalog Lambdas) One NodejsFunction per LAMBDAS entry of graphql/api.ts, bundled on this
 * machine by the project's esbuild (no Docker), with exactly the environment and permissions its LambdaDef
 * names: tables from reads/writes, the image bucket from usesImages, the Stripe secret from usesStripe.
 */
import { join } from 'node:path';
import { ArnFormat, Duration, RemovalPolicy, Stack } from 'aws-cdk-lib';
import * as dynamodb from 'aws-cdk-lib/aws-dynamodb';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import * as ses from 'aws-cdk-lib/aws-ses';
import * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as logs from 'aws-cdk-lib/aws-logs';
import type * as cognito from 'aws-cdk-lib/aws-cognito';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import { FUNCTIONS_DIR, LAMBDAS, type LambdaDef, type LambdaEnvName } from '../graphql/api';
import type { TableDef } from '../tables';
import type { FolioTableMap } from './data';
import type { ImageBucket } from './images';
import { acknowledge, acknowledgeWildcardResources } from './nag';

export type LambdaKey = keyof typeof LAMBDAS;

/**
 * AppSync gives a whole request 30 s. processOrder runs makePayment then createOrder in that budget, and
 * each may wait on Stripe (STRIPE_TIMEOUT_MS, 8 s) after DynamoDB: 12 s + 15 s leaves room for AppSync.
 */
const TIMEOUTS: Partial<Record<LambdaDef['dir'], Duration>> = {
  'make-payment': Duration.seconds(12),
  'create-order': Duration.seconds(15),
};
const DEFAULT_TIMEOUT = Duration.seconds(10);

export interface FolioFunctionsProps {
  readonly tables: FolioTableMap;
  readonly images: ImageBucket;
  /** Secrets Manager name of the Stripe secret key (the value is read at run time, never synthesized). */
  readonly stripeSecretName: string;
  readonly currency: string;
  /** The customers' pool: createOrder reads a customer's email, the order desk finds customers by email. */
  readonly userPool: cognito.IUserPool;
  /** The address order emails come from; an SES email identity is made for it (verified by a click in its inbox). */
  readonly senderEmail: string;
}

export const pascal = (key: string) => key.charAt(0).toUpperCase() + key.slice(1);

export interface BundledFunctionProps {
  /** Folder under functions/ holding handler.ts. */
  readonly dir: string;
  readonly description: string;
  readonly timeout: Duration;
  readonly environment: Record<string, string>;
  /** 512 MB unless a function needs more (the page renderer: CPU comes with memory). */
  readonly memorySize?: number;
  /** Files copied into the bundle after esbuild (the renderer's app builds). */
  readonly commandHooks?: nodejs.ICommandHooks;
}

/**
 * A Lambda bundled from functions/<dir>/handler.ts by the project's esbuild, with its own log group and a role
 * that holds only what is granted to it afterwards.
 */
export function bundledFunction(
  scope: Construct,
  name: string,
  props: BundledFunctionProps,
): { fn: nodejs.NodejsFunction; role: iam.Role } {
  // An explicit log group and role: retention we choose, and a role with only what this Lambda needs
  // (no AWSLambdaBasicExecutionRole, whose logs:* rights reach every log group in the account).
  const logGroup = new logs.LogGroup(scope, `${name}Logs`, {
    retention: logs.RetentionDays.ONE_MONTH,
    removalPolicy: RemovalPolicy.DESTROY,
  });
  const role = new iam.Role(scope, `${name}Role`, {
    assumedBy: new iam.ServicePrincipal('lambda.amazonaws.com'),
    description: props.description,
  });
  logGroup.grant(role, 'logs:CreateLogStream', 'logs:PutLogEvents');

  const fn = new nodejs.NodejsFunction(scope, name, {
    entry: join(FUNCTIONS_DIR, props.dir, 'handler.ts'),
    handler: 'handler',
    runtime: lambda.Runtime.NODEJS_22_X,
    architecture: lambda.Architecture.ARM_64,
    memorySize: props.memorySize ?? 512,
    timeout: props.timeout,
    role,
    logGroup,
    environment: props.environment,
    // Only the variables the LambdaDef names (SDK v3 reuses connections without being told).
    awsSdkConnectionReuse: false,
    bundling: {
      forceDockerBundling: false,
      minify: true,
      target: 'node22',
      // Bundle the AWS SDK too: the Lambda runs the SDK versions in package-lock.json that the tests ran,
      // not whatever the runtime ships that month.
      externalModules: [],
      commandHooks: props.commandHooks,
    },
  });
  acknowledge(
    fn,
    'nodejs22.x is the runtime the project targets and the local stack and tests run against; ' +
      'it is supported into 2027. Moving to nodejs24.x is a deliberate upgrade of all Lambdas at once, not a silent one.',
    'AwsSolutions-L1',
  );
  acknowledgeWildcardResources(
    role,
    [`${logGroup.logGroupArn}`],
    'logs:CreateLogStream/PutLogEvents on this function\'s own log group; ":*" is its log streams, which Lambda names at run time.',
  );
  return { fn, role };
}

/** Read, write or both on each named table, through CDK's table grants. */
function grantTableAccess(
  fn: lambda.IFunction,
  role: iam.IRole,
  access: ReadonlyMap<TableDef['id'], 'read' | 'write' | 'read-write'>,
  tables: FolioTableMap,
): void {
  for (const [id, mode] of access) {
    const table: dynamodb.Table = tables[id];
    if (mode === 'read') table.grantReadData(fn);
    else if (mode === 'write') table.grantWriteData(fn);
    else table.grantReadWriteData(fn);
    // CDK's table grants always include the table's indexes; ours query byTitle, byGenre, … by name.
    acknowledgeWildcardResources(
      role,
      [`${table.tableArn}/index/*`],
      `Table grants (explicit dynamodb actions, no wildcard) extend to the ${id} table's own indexes, "<table>/index/*".`,
    );
  }
}

/** GetSecretValue on the one Stripe secret key, by name. */
export function grantStripeSecret(fn: lambda.IFunction, role: iam.IRole, stripeSecretName: string): void {
  // Secrets Manager appends "-" and six random characters to a secret's ARN: match them, nothing more.
  const stripeSecretArn = Stack.of(fn).formatArn({
    service: 'secretsmanager',
    resource: 'secret',
    resourceName: `${stripeSecretName}-??????`,
    arnFormat: ArnFormat.COLON_RESOURCE_NAME,
  });
  fn.addToRolePolicy(
    new iam.PolicyStatement({
      sid: 'ReadStripeSecretKey',
      actions: ['secretsmanager:GetSecretValue'],
      resources: [stripeSecretArn],
    }),
  );
  acknowledgeWildcardResources(
    role,
    [stripeSecretArn],
    'GetSecretValue on the one Stripe secret, by name: Secrets Manager ends every secret ARN with "-" and six random ' +
      'characters, which "-??????" matches (and nothing longer).',
  );
}

/** What a Lambda may do with a table, from its reads and writes: read, write or both. */
export function tableAccess(def: LambdaDef): ReadonlyMap<TableDef['id'], 'read' | 'write' | 'read-write'> {
  const access = new Map<TableDef['id'], 'read' | 'write' | 'read-write'>();
  for (const id of def.reads) access.set(id, 'read');
  for (const id of def.writes) access.set(id, access.has(id) ? 'read-write' : 'write');
  return access;
}

export class FolioFunctions extends Construct {
  readonly byKey: Readonly<Record<LambdaKey, nodejs.NodejsFunction>>;
  /** The key that seals searchBooks' page tokens (functions/shared/page-token.ts), generated at deploy. */
  readonly pageTokenSecret: secretsmanager.Secret;
  /** The SES identity order emails are sent from. */
  readonly sender: ses.EmailIdentity;

  constructor(scope: Construct, id: string, props: FolioFunctionsProps) {
    super(scope, id);
    if (!props.currency.match(/^[A-Z]{3}$/)) throw new Error(`currency "${props.currency}" is not an ISO 4217 code`);

    this.pageTokenSecret = new secretsmanager.Secret(this, 'PageTokenSecret', {
      description: "Folio: the key that seals searchBooks' page tokens",
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
    });
    acknowledge(
      this.pageTokenSecret,
      'A random key only for sealing page tokens: rotating it would only end the paging of searches in progress, ' +
        'and a rotation Lambda would add more to run and secure than the key is worth; replace it by redeploying.',
      'AwsSolutions-SMG4',
    );

    const values: Record<LambdaEnvName, string> = {
      BOOKS_TABLE: props.tables.Books.tableName,
      BOOK_SEARCH_TABLE: props.tables.BookSearch.tableName,
      ORDERS_TABLE: props.tables.Orders.tableName,
      IMAGE_BUCKET: props.images.bucket.bucketName,
      IMAGE_PUBLIC_URL: props.images.publicUrl,
      CURRENCY: props.currency,
      STRIPE_SECRET_NAME: props.stripeSecretName,
      PAGE_TOKEN_SECRET_NAME: this.pageTokenSecret.secretName,
      PAYMENTS_TABLE: props.tables.Payments.tableName,
      USER_POOL_ID: props.userPool.userPoolId,
      SENDER_EMAIL: props.senderEmail,
    };
    this.sender = new ses.EmailIdentity(this, 'OrderSender', { identity: ses.Identity.email(props.senderEmail) });
    const senderArn = Stack.of(this).formatArn({
      service: 'ses',
      resource: 'identity',
      resourceName: props.senderEmail,
      arnFormat: ArnFormat.SLASH_RESOURCE_NAME,
    });
    const byKey = {} as Record<LambdaKey, nodejs.NodejsFunction>;
    for (const [key, def] of Object.entries(LAMBDAS) as [LambdaKey, LambdaDef][]) {
      const { fn, role } = bundledFunction(this, pascal(key), {
        dir: def.dir,
        description: `Folio ${def.dir} Lambda`,
        timeout: TIMEOUTS[def.dir] ?? DEFAULT_TIMEOUT,
        environment: Object.fromEntries(def.env.map((n) => [n, values[n]])),
      });
      this.grantTables(fn, role, def, props.tables);
      this.grantImages(fn, role, def, props.images);
      if ((def.env as readonly LambdaEnvName[]).includes('PAGE_TOKEN_SECRET_NAME')) this.pageTokenSecret.grantRead(fn);
      if (def.usesStripe) grantStripeSecret(fn, role, props.stripeSecretName);
      if (def.usesSes) {
        fn.addToRolePolicy(
          new iam.PolicyStatement({ sid: 'SendOrderEmails', actions: ['ses:SendEmail'], resources: [senderArn] }),
        );
      }
      if (def.stream) {
        // Retried from the failed record (the handler reports it); its markers keep each email to one send.
        fn.addEventSource(
          new DynamoEventSource(props.tables[def.stream], {
            startingPosition: lambda.StartingPosition.TRIM_HORIZON,
            batchSize: 25,
            retryAttempts: 20,
            reportBatchItemFailures: true,
            maxRecordAge: Duration.days(1),
          }),
        );
        acknowledgeWildcardResources(
          role,
          ['*'],
          'dynamodb:ListStreams, which the DynamoDB event source adds: the action has no resource-level permissions ' +
            '(IAM accepts only "*"); reading records is granted on this table\'s stream alone.',
        );
      }
      if (def.usesCognito?.length) {
        fn.addToRolePolicy(
          new iam.PolicyStatement({
            sid: 'ReadCustomers',
            actions: [...def.usesCognito],
            resources: [props.userPool.userPoolArn],
          }),
        );
      }
      byKey[key] = fn;
    }
    this.byKey = byKey;
  }

  private grantTables(fn: lambda.IFunction, role: iam.IRole, def: LambdaDef, tables: FolioTableMap): void {
    grantTableAccess(fn, role, tableAccess(def), tables);
  }

  private grantImages(fn: lambda.IFunction, role: iam.IRole, def: LambdaDef, images: ImageBucket): void {
    if (!def.usesImages) return;
    // HeadObject is authorised by s3:GetObject; presigned PUTs carry the signer's s3:PutObject.
    const action = def.usesImages === 'read' ? 's3:GetObject' : 's3:PutObject';
    fn.addToRolePolicy(
      new iam.PolicyStatement({
        sid: def.usesImages === 'read' ? 'HeadCovers' : 'PutCovers',
        actions: [action],
        resources: [images.coversArn()],
      }),
    );
    acknowledgeWildcardResources(
      role,
      [images.coversArn()],
      `${action} on covers/* only: cover keys are random (covers/<uuid>.<ext>), so the prefix is the narrowest fixed part.`,
    );
  }
}
