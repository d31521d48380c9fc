/**
 * The AppSync API, wired by iterating graphql/api.ts: the schema file and the VTL files the local
 * simulator loads (readSchema / readTemplate), never copies, so what is tested locally is what runs on AWS.
 */
import { Duration, Expiration, Stack } from 'aws-cdk-lib';
import * as appsync from 'aws-cdk-lib/aws-appsync';
import type * as cognito from 'aws-cdk-lib/aws-cognito';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as logs from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import {
  DATA_SOURCES,
  LAMBDAS,
  PIPELINE_FUNCTIONS,
  RESOLVERS,
  SCHEMA_FILE,
  readTemplate,
  type DataSourceDef,
} from '../graphql/api';
import { API_LIMITS } from '../graphql/limits';
import type { FolioTableMap } from './data';
import { pascal, type FolioFunctions, type LambdaKey } from './functions';
import { acknowledge, acknowledgeWildcardResources } from './nag';
import { ApiFirewall } from './waf';

/** graphql/limits.ts's, which the local gateway enforces too (GATEWAY_LIMITS.maxDepth; a test keeps them equal). */
export const QUERY_DEPTH_LIMIT = API_LIMITS.queryDepth;
/** Resolvers one request may run; the local gateway counts them the same way (query-cost.ts). */
export const RESOLVER_COUNT_LIMIT = API_LIMITS.resolverCount;

export interface FolioApiProps {
  readonly name: string;
  readonly userPool: cognito.IUserPool;
  readonly userPoolClient: cognito.IUserPoolClient;
  readonly tables: FolioTableMap;
  readonly functions: FolioFunctions;
  /** Defaults to QUERY_DEPTH_LIMIT. AppSync accepts 1–75. */
  readonly queryDepthLimit?: number;
}

/**
 * AppSync wants an API key to expire 1–365 days ahead. Counting from the start of today (UTC) keeps the
 * template identical for every synth of the day, so `cdk diff` shows no change that is only the clock.
 */
export function apiKeyExpiry(now = new Date()): Expiration {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return Expiration.atTimestamp(today + Duration.days(365).toMilliseconds());
}

export class FolioApi extends Construct {
  readonly api: appsync.GraphqlApi;
  readonly firewall: ApiFirewall;
  readonly dataSources: ReadonlyMap<string, appsync.BaseDataSource>;
  readonly functions: ReadonlyMap<string, appsync.AppsyncFunction>;

  constructor(scope: Construct, id: string, props: FolioApiProps) {
    super(scope, id);
    const depth = props.queryDepthLimit ?? QUERY_DEPTH_LIMIT;
    if (!Number.isInteger(depth) || depth < 1 || depth > 75)
      throw new Error(`queryDepthLimit ${depth} must be an integer from 1 to 75`);

    // AppSync's log role, ours rather than CDK's default (which carries a managed policy reaching every log group).
    const logRole = new iam.Role(this, 'LogRole', { assumedBy: new iam.ServicePrincipal('appsync.amazonaws.com') });

    this.api = new appsync.GraphqlApi(this, 'Api', {
      name: props.name,
      definition: appsync.Definition.fromFile(SCHEMA_FILE),
      authorizationConfig: {
        // Customers (and the Admin group) by default; the API key only where the schema says @aws_api_key.
        defaultAuthorization: {
          authorizationType: appsync.AuthorizationType.USER_POOL,
          userPoolConfig: {
            userPool: props.userPool,
            // Only tokens issued to our web client, as the local gateway enforces.
            appIdClientRegex: `^${props.userPoolClient.userPoolClientId}$`,
            defaultAction: appsync.UserPoolDefaultAction.ALLOW,
          },
        },
        additionalAuthorizationModes: [
          {
            authorizationType: appsync.AuthorizationType.API_KEY,
            apiKeyConfig: { name: 'folio-web', description: 'Anonymous reads of the catalog', expires: apiKeyExpiry() },
          },
        ],
      },
      // Field-level logs of errors, without verbose content (request and response bodies, headers with the
      // caller's JWT): orders, addresses and tokens stay out of the logs. CDK sets the retention.
      logConfig: {
        fieldLogLevel: appsync.FieldLogLevel.ERROR,
        excludeVerboseContent: true,
        role: logRole,
        retention: logs.RetentionDays.ONE_MONTH,
      },
      queryDepthLimit: depth,
      resolverCountLimit: RESOLVER_COUNT_LIMIT,
      xrayEnabled: false,
    });
    this.firewall = new ApiFirewall(this, 'Firewall', { api: this.api });

    this.api.logGroup.grant(logRole, 'logs:CreateLogStream', 'logs:PutLogEvents');
    acknowledgeWildcardResources(
      logRole,
      [this.api.logGroup.logGroupArn],
      'CreateLogStream/PutLogEvents on this API\'s own log group (/aws/appsync/apis/<id>); ":*" is its log streams.',
    );
    acknowledge(
      this.api,
      'Field-level logging is on (ERROR) with its own role; verbose content is excluded on purpose, because it would ' +
        "write request/response bodies (addresses, orders) and headers (the caller's JWT) into CloudWatch.",
      'AwsSolutions-ASC3',
    );
    acknowledgeLogRetentionHandler(Stack.of(this));

    const dataSources = new Map<string, appsync.BaseDataSource>();
    for (const def of Object.values(DATA_SOURCES) as DataSourceDef[]) {
      dataSources.set(def.name, this.dataSource(def, props));
    }
    this.dataSources = dataSources;

    const functions = new Map<string, appsync.AppsyncFunction>();
    for (const def of Object.values(PIPELINE_FUNCTIONS)) {
      functions.set(
        def.name,
        new appsync.AppsyncFunction(this, `${pascal(def.name)}Function`, {
          api: this.api,
          name: def.name,
          dataSource: this.mustGet(dataSources, def.dataSource.name, `pipeline function ${def.name}`),
          requestMappingTemplate: appsync.MappingTemplate.fromString(readTemplate(def.request)),
          responseMappingTemplate: appsync.MappingTemplate.fromString(readTemplate(def.response)),
        }),
      );
    }
    this.functions = functions;

    for (const def of RESOLVERS) {
      const common = {
        api: this.api,
        typeName: def.typeName,
        fieldName: def.fieldName,
        requestMappingTemplate: appsync.MappingTemplate.fromString(readTemplate(def.request)),
        responseMappingTemplate: appsync.MappingTemplate.fromString(readTemplate(def.response)),
      };
      const where = `${def.typeName}.${def.fieldName}`;
      new appsync.Resolver(
        this,
        `${def.typeName}${pascal(def.fieldName)}Resolver`,
        def.kind === 'unit'
          ? { ...common, dataSource: this.mustGet(dataSources, def.dataSource.name, where) }
          : { ...common, pipelineConfig: def.functions.map((f) => this.mustGet(functions, f.name, where)) },
      );
    }
  }

  private dataSource(def: DataSourceDef, props: FolioApiProps): appsync.BaseDataSource {
    const id = def.name;
    switch (def.kind) {
      case 'dynamodb': {
        // The VTL resolvers only read (GetItem, Query): writes go through Lambdas, which check their input.
        const table = props.tables[def.table];
        const ds = new appsync.DynamoDbDataSource(this, id, {
          api: this.api,
          name: def.name,
          table,
          readOnlyAccess: true,
        });
        acknowledgeWildcardResources(
          ds,
          [`${table.tableArn}/index/*`],
          `Read-only table grants (explicit actions) extend to the ${def.table} table's own indexes ("<table>/index/*"), which its VTL resolvers query by name.`,
        );
        return ds;
      }
      case 'lambda': {
        const key = (Object.keys(LAMBDAS) as LambdaKey[]).find((k) => LAMBDAS[k] === def.lambda);
        if (!key) throw new Error(`Data source ${def.name} names a Lambda that is not in LAMBDAS`);
        const ds = this.api.addLambdaDataSource(id, props.functions.byKey[key], { name: def.name });
        acknowledgeWildcardResources(
          ds,
          [`${props.functions.byKey[key].functionArn}:*`],
          'CDK grants lambda:InvokeFunction on the function and "<arn>:*" (its versions and aliases): this one function only.',
        );
        return ds;
      }
      case 'none':
        return this.api.addNoneDataSource(id, { name: def.name });
    }
  }

  private mustGet<T>(map: ReadonlyMap<string, T>, name: string, where: string): T {
    const found = map.get(name);
    if (!found) throw new Error(`${where} refers to "${name}", which graphql/api.ts does not define`);
    return found;
  }
}

/**
 * GraphqlApi sets its log retention through CDK's LogRetention singleton Lambda (one per stack). Its role is
 * CDK's: basic execution plus logs:PutRetentionPolicy/DeleteRetentionPolicy on "*", since it is shared by any
 * log group in the stack. Acknowledged on that handler alone.
 */
function acknowledgeLogRetentionHandler(stack: Stack): void {
  const handler = stack.node.children.find((c) => c.node.id.startsWith('LogRetention'));
  if (!handler)
    throw new Error('LogRetention handler not found: did the CDK version change how GraphqlApi sets retention?');
  acknowledge(
    handler,
    "CDK's LogRetention handler writes its own logs with AWSLambdaBasicExecutionRole; the role is CDK's to shape, not this app's.",
    'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
  );
  acknowledge(
    handler,
    'CDK\'s LogRetention handler sets retention on log groups it learns of at deploy time, so CDK grants it on Resource "*".',
    'AwsSolutions-IAM5[Resource::*]',
  );
}
