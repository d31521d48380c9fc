/**
 * The AppSync simulator, wired from graphql/api.ts: the same schema, VTL files and Lambda handlers as AWS.
 * Lambdas run in this process; each call gets a JSON copy of the payload, as a real invocation would.
 */
import {
  AmplifyAppSyncSimulator,
  AmplifyAppSyncSimulatorAuthenticationType as AuthType,
  RESOLVER_KIND,
  type AmplifyAppSyncSimulatorConfig,
  type AppSyncSimulatorDataSourceConfig,
} from '@aws-amplify/amplify-appsync-simulator';
import {
  DATA_SOURCES,
  PIPELINE_FUNCTIONS,
  RESOLVERS,
  readSchema,
  readTemplate,
  type DataSourceDef,
  type LambdaDef,
} from '../graphql/api';
import { urls, type LocalConfig } from './config';
import type { UserPool } from './cognito';
import { HANDLERS } from './handlers';
import { PAGE_TOKEN_SECRET } from './page-token-secret';
import { SEALED_DYNAMODB, registerSealedDynamoDB } from './sealed-dynamodb';

const jsonCopy = <T>(value: T): T => (value === undefined ? (null as T) : JSON.parse(JSON.stringify(value)));

/** What AWS Lambda does around a handler: a fresh copy of the event in, JSON out, a throw becomes ctx.error. */
export function lambdaInvoker(lambda: LambdaDef): (payload: unknown) => Promise<unknown> {
  const handler = HANDLERS[lambda.dir] as (event: unknown) => Promise<unknown>;
  return async (payload) => {
    try {
      return jsonCopy(await handler(jsonCopy(payload)));
    } catch (error) {
      console.error(`Lambda ${lambda.dir} failed:`, error);
      throw Object.assign(new Error((error as Error).message), { type: 'Lambda:Unhandled' });
    }
  };
}

function dataSource(def: DataSourceDef, c: LocalConfig, pageTokenSecret: string): AppSyncSimulatorDataSourceConfig {
  switch (def.kind) {
    case 'dynamodb':
      // DynamoDB with sealed page tokens, as AppSync's (sealed-dynamodb.ts).
      return {
        name: def.name,
        type: SEALED_DYNAMODB,
        config: { endpoint: urls(c).dynamodb, region: c.region, tableName: c.tables[def.table] },
        pageTokenSecret,
      } as unknown as AppSyncSimulatorDataSourceConfig;
    case 'lambda':
      return { name: def.name, type: 'AWS_LAMBDA', invoke: lambdaInvoker(def.lambda) };
    case 'none':
      return { name: def.name, type: 'NONE' };
  }
}

/** Every template file the resolvers name, keyed by file name. */
function mappingTemplates() {
  const files = new Set<string>();
  for (const r of RESOLVERS) files.add(r.request).add(r.response);
  for (const f of Object.values(PIPELINE_FUNCTIONS)) files.add(f.request).add(f.response);
  return [...files].map((path) => ({ path, content: readTemplate(path) }));
}

/** `pageTokenSecret` seals the DynamoDB page tokens (page-token-secret.ts by default). */
export function simulatorConfig(
  c: LocalConfig,
  pool: UserPool,
  pageTokenSecret = PAGE_TOKEN_SECRET,
): AmplifyAppSyncSimulatorConfig {
  return {
    schema: { content: readSchema() },
    dataSources: Object.values(DATA_SOURCES).map((d) => dataSource(d, c, pageTokenSecret)),
    mappingTemplates: mappingTemplates(),
    functions: Object.values(PIPELINE_FUNCTIONS).map((f) => ({
      name: f.name,
      dataSourceName: f.dataSource.name,
      requestMappingTemplateLocation: f.request,
      responseMappingTemplateLocation: f.response,
    })),
    resolvers: RESOLVERS.map((r) =>
      r.kind === 'unit'
        ? {
            kind: RESOLVER_KIND.UNIT,
            typeName: r.typeName,
            fieldName: r.fieldName,
            dataSourceName: r.dataSource.name,
            requestMappingTemplateLocation: r.request,
            responseMappingTemplateLocation: r.response,
          }
        : {
            kind: RESOLVER_KIND.PIPELINE,
            typeName: r.typeName,
            fieldName: r.fieldName,
            functions: r.functions.map((f) => f.name),
            requestMappingTemplateLocation: r.request,
            responseMappingTemplateLocation: r.response,
          },
    ),
    appSync: {
      name: 'folio-api',
      apiKey: c.apiKey,
      defaultAuthenticationType: {
        authenticationType: AuthType.AMAZON_COGNITO_USER_POOLS,
        cognitoUserPoolConfig: { AppIdClientRegex: `^${pool.clientId}$` },
      },
      additionalAuthenticationProviders: [{ authenticationType: AuthType.API_KEY }],
    },
  };
}

/** The simulator's engine only: requests reach it through the gateway, never through a port of its own. */
export function createSimulator(c: LocalConfig, pool: UserPool): AmplifyAppSyncSimulator {
  registerSealedDynamoDB();
  const simulator = new AmplifyAppSyncSimulator();
  simulator.init(simulatorConfig(c, pool));
  return simulator;
}
