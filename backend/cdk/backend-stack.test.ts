/**
 * FolioBackend, synthesized once (with the real esbuild bundling of every Lambda) and checked against the
 * wiring manifest (graphql/api.ts) and the table definitions (tables.ts) the local stack uses.
 */
import { Stack, type CfnElement } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import { NAMES } from '@folio/config';
import {
  DATA_SOURCES,
  LAMBDAS,
  PIPELINE_FUNCTIONS,
  RESOLVERS,
  readSchema,
  readTemplate,
  type LambdaDef,
} from '../graphql/api';
import { GATEWAY_LIMITS } from '../local/gateway';
import { TABLES } from '../tables';
import { PASSWORD_POLICY } from './amplify-outputs';
import { QUERY_DEPTH_LIMIT, RESOLVER_COUNT_LIMIT, apiKeyExpiry } from './api';
import { BACKEND_OUTPUTS } from './backend-outputs';
import { FolioBackendStack } from './backend-stack';
import { DEFAULT_STRIPE_SECRET_NAME } from './context';
import { tableAccess, type LambdaKey } from './functions';
import { asArray, policyStatements, testApp, type CfnTemplate } from './test-support';
import { BOOKS_STREAM_PARAMETER } from './site-renderer';

let stack: FolioBackendStack;
let template: Template;
let cfn: CfnTemplate;

const logicalId = (construct: IConstruct) =>
  Stack.of(construct).getLogicalId(construct.node.defaultChild as CfnElement);
/** Logical ids a value points at with Fn::GetAtt, however deep in Fn::Join it sits. */
const getAttTargets = (value: unknown): string[] =>
  [...JSON.stringify(value ?? null).matchAll(/"Fn::GetAtt":\["([A-Za-z0-9]+)"/g)].map((m) => m[1]);
const resourcesOfType = (type: string) => Object.entries(cfn.Resources).filter(([, r]) => r.Type === type);

beforeAll(() => {
  // GIVEN the backend stack with default props, WHEN synthesized (once for this file: bundling is slow)
  stack = new FolioBackendStack(testApp(), 'FolioBackend', {
    stripeSecretName: DEFAULT_STRIPE_SECRET_NAME,
    uploadOrigins: ['*'],
  });
  template = Template.fromStack(stack);
  cfn = template.toJSON() as CfnTemplate;
}, 120_000);

describe('Cognito', () => {
  test('GIVEN the user pool THEN customers sign up themselves with a verified email and the shared password policy', () => {
    template.hasResourceProperties('AWS::Cognito::UserPool', {
      UserPoolName: NAMES.userPoolName,
      UsernameAttributes: ['email'],
      AutoVerifiedAttributes: ['email'],
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: false },
      Policies: {
        PasswordPolicy: Match.objectLike({
          MinimumLength: PASSWORD_POLICY.minLength,
          RequireLowercase: PASSWORD_POLICY.requireLowercase,
          RequireUppercase: PASSWORD_POLICY.requireUppercase,
          RequireNumbers: PASSWORD_POLICY.requireDigits,
          RequireSymbols: PASSWORD_POLICY.requireSymbols,
        }),
      },
    });
    template.hasResource('AWS::Cognito::UserPool', { DeletionPolicy: 'Retain' });
  });

  test('GIVEN the app client THEN it allows SRP, USER_PASSWORD and refresh, and has no secret', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      ExplicitAuthFlows: Match.arrayEquals([
        'ALLOW_USER_PASSWORD_AUTH',
        'ALLOW_USER_SRP_AUTH',
        'ALLOW_REFRESH_TOKEN_AUTH',
      ]),
      GenerateSecret: false,
    });
  });

  test('GIVEN the pool THEN it has the group Admin', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolGroup', { GroupName: NAMES.adminGroup });
  });
});

describe('AppSync API', () => {
  test('GIVEN the API THEN user pools are the default mode, the API key an additional one, with field logging and a depth limit', () => {
    template.hasResourceProperties('AWS::AppSync::GraphQLApi', {
      Name: NAMES.apiName,
      AuthenticationType: 'AMAZON_COGNITO_USER_POOLS',
      AdditionalAuthenticationProviders: [{ AuthenticationType: 'API_KEY' }],
      LogConfig: Match.objectLike({ FieldLogLevel: 'ERROR', CloudWatchLogsRoleArn: Match.anyValue() }),
      QueryDepthLimit: QUERY_DEPTH_LIMIT,
    });
    template.resourceCountIs('AWS::AppSync::ApiKey', 1);
  });

  test('GIVEN two synths on one day THEN the API key expiry is the same, 364–365 days ahead as AppSync requires', () => {
    const morning = new Date('2026-03-01T00:00:05Z');
    const evening = new Date('2026-03-01T23:59:55Z');
    expect(apiKeyExpiry(morning).toEpoch()).toBe(apiKeyExpiry(evening).toEpoch());
    const days = (apiKeyExpiry(evening).toEpoch() * 1000 - evening.getTime()) / 86_400_000;
    expect(days).toBeGreaterThan(364);
    expect(days).toBeLessThanOrEqual(365);
  });

  test("GIVEN the local gateway's depth limit THEN AppSync enforces the same one, so a query refused locally is refused on AWS", () => {
    expect(QUERY_DEPTH_LIMIT).toBe(GATEWAY_LIMITS.maxDepth);
  });

  test('GIVEN the API THEN AppSync caps the resolvers per request and a WAF rate rule guards it', () => {
    template.hasResourceProperties('AWS::AppSync::GraphQLApi', { ResolverCountLimit: RESOLVER_COUNT_LIMIT });
    const [api] = Object.keys(template.findResources('AWS::AppSync::GraphQLApi'));
    template.hasResourceProperties('AWS::WAFv2::WebACLAssociation', { ResourceArn: { 'Fn::GetAtt': [api, 'Arn'] } });
  });

  test('WHEN synthesized THEN the schema definition is byte-identical to graphql/schema.graphql', () => {
    const [[, schema]] = resourcesOfType('AWS::AppSync::GraphQLSchema');
    expect(schema.Properties.Definition).toBe(readSchema());
  });

  test('GIVEN DATA_SOURCES THEN each becomes one data source of its kind, DynamoDB ones read-only on their table', () => {
    const sources = resourcesOfType('AWS::AppSync::DataSource').map(([, r]) => r.Properties);
    expect(sources.map((s) => s.Name).sort()).toEqual(
      Object.values(DATA_SOURCES)
        .map((d) => d.name)
        .sort(),
    );
    for (const def of Object.values(DATA_SOURCES)) {
      const source = sources.find((s) => s.Name === def.name)!;
      const kind = { dynamodb: 'AMAZON_DYNAMODB', lambda: 'AWS_LAMBDA', none: 'NONE' }[def.kind];
      expect(source.Type).toBe(kind);
      if (def.kind === 'dynamodb') {
        expect(source.DynamoDBConfig.TableName).toEqual({ Ref: logicalId(stack.tables.byId[def.table]) });
      }
    }
    const dynamoRoles = new Set(
      sources.filter((s) => s.Type === 'AMAZON_DYNAMODB').map((s) => s.ServiceRoleArn['Fn::GetAtt'][0]),
    );
    const writes = policyStatements(cfn).filter(
      ({ roles, statement }) =>
        roles.some((r) => dynamoRoles.has(r)) &&
        asArray<string>(statement.Action).some((a) => /Put|Update|Delete|Write/.test(a)),
    );
    expect(writes).toEqual([]);
  });

  test('GIVEN every resolver of RESOLVERS WHEN synthesized THEN its templates are byte-identical to the files the local stack loads', () => {
    const resolvers = resourcesOfType('AWS::AppSync::Resolver').map(([, r]) => r.Properties);
    expect(resolvers).toHaveLength(RESOLVERS.length);
    for (const def of RESOLVERS) {
      const found = resolvers.find((r) => r.TypeName === def.typeName && r.FieldName === def.fieldName);
      expect(found).toBeDefined();
      expect(found!.RequestMappingTemplate).toBe(readTemplate(def.request));
      expect(found!.ResponseMappingTemplate).toBe(readTemplate(def.response));
      if (def.kind === 'unit') {
        expect(found!.Kind).toBe('UNIT');
        expect(found!.DataSourceName).toBe(def.dataSource.name);
      } else {
        expect(found!.Kind).toBe('PIPELINE');
      }
    }
  });

  test('GIVEN every PIPELINE_FUNCTIONS entry WHEN synthesized THEN its templates are byte-identical and its data source is the named one', () => {
    const functions = resourcesOfType('AWS::AppSync::FunctionConfiguration').map(([, r]) => r.Properties);
    expect(functions).toHaveLength(Object.keys(PIPELINE_FUNCTIONS).length);
    for (const def of Object.values(PIPELINE_FUNCTIONS)) {
      const found = functions.find((f) => f.Name === def.name)!;
      expect(found.RequestMappingTemplate).toBe(readTemplate(def.request));
      expect(found.ResponseMappingTemplate).toBe(readTemplate(def.response));
      expect(found.DataSourceName).toBe(def.dataSource.name);
    }
  });

  test('GIVEN the processOrder pipeline WHEN synthesized THEN it runs makePayment, then createOrder', () => {
    const [, resolver] = resourcesOfType('AWS::AppSync::Resolver').find(
      ([, r]) => r.Properties.FieldName === 'processOrder',
    )!;
    const order = resolver.Properties.PipelineConfig.Functions.map(
      (ref: { 'Fn::GetAtt': [string, string] }) => cfn.Resources[ref['Fn::GetAtt'][0]].Properties.Name,
    );
    expect(order).toEqual(['makePayment', 'createOrder']);
    expect(order).toEqual(
      (
        RESOLVERS.find((r) => r.fieldName === 'processOrder') as Extract<
          (typeof RESOLVERS)[number],
          { kind: 'pipeline' }
        >
      ).functions.map((f) => f.name),
    );
  });
});

describe('DynamoDB', () => {
  test.each(TABLES.map((t) => [t.id, t] as const))(
    'GIVEN the %s table of tables.ts THEN it is on-demand, with PITR, retained, with the same keys and GSIs',
    (_, def) => {
      const table = cfn.Resources[logicalId(stack.tables.byId[def.id])];
      expect(table.DeletionPolicy).toBe('Retain');
      const p = table.Properties;
      expect(p.BillingMode).toBe('PAY_PER_REQUEST');
      expect(p.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
      const keySchema = (pk: { name: string }, sk?: { name: string }) => [
        { AttributeName: pk.name, KeyType: 'HASH' },
        ...(sk ? [{ AttributeName: sk.name, KeyType: 'RANGE' }] : []),
      ];
      expect(p.KeySchema).toEqual(keySchema(def.partitionKey, def.sortKey));
      expect(p.GlobalSecondaryIndexes ?? []).toEqual(
        def.globalSecondaryIndexes.map((i) => ({
          IndexName: i.indexName,
          KeySchema: keySchema(i.partitionKey, i.sortKey),
          Projection: { ProjectionType: 'ALL' },
        })),
      );
      const keys = [
        def.partitionKey,
        def.sortKey,
        ...def.globalSecondaryIndexes.flatMap((i) => [i.partitionKey, i.sortKey]),
      ];
      const expected = new Map(keys.filter((k) => k !== undefined).map((k) => [k!.name, k!.type]));
      expect(
        new Map(
          p.AttributeDefinitions.map((a: { AttributeName: string; AttributeType: string }) => [
            a.AttributeName,
            a.AttributeType,
          ]),
        ),
      ).toEqual(expected);
    },
  );

  test('GIVEN every IAM statement on a DynamoDB table THEN none has a wildcard action', () => {
    const tableIds = new Set(Object.values(stack.tables.byId).map(logicalId));
    const onTables = policyStatements(cfn).filter(({ statement }) =>
      getAttTargets(statement.Resource).some((id) => tableIds.has(id)),
    );
    expect(onTables.length).toBeGreaterThan(0);
    for (const { statement } of onTables) {
      for (const action of asArray<string>(statement.Action)) {
        expect(action).not.toBe('*');
        expect(action).not.toBe('dynamodb:*');
        expect(action).not.toContain('*');
      }
    }
  });
});

describe('Lambdas', () => {
  const entries = Object.entries(LAMBDAS) as [LambdaKey, LambdaDef][];
  const fnResource = (key: LambdaKey) => cfn.Resources[logicalId(stack.functions.byKey[key])];
  const roleOf = (key: LambdaKey) => fnResource(key).Properties.Role['Fn::GetAtt'][0] as string;
  const statementsOf = (key: LambdaKey) =>
    policyStatements(cfn)
      .filter(({ roles }) => roles.includes(roleOf(key)))
      .map((s) => s.statement);
  /** Actions the Lambda's role allows on exactly this resource (a table ARN, say). */
  const actionsOn = (key: LambdaKey, resource: unknown) =>
    new Set(
      statementsOf(key)
        .filter((s) => asArray(s.Resource).some((r) => JSON.stringify(r) === JSON.stringify(resource)))
        .flatMap((s) => asArray<string>(s.Action)),
    );

  test.each(entries)(
    'GIVEN the %s Lambda THEN it is nodejs22.x with exactly the environment its LambdaDef names',
    (key, def) => {
      const p = fnResource(key).Properties;
      expect(p.Runtime).toBe('nodejs22.x');
      expect(p.Handler).toBe('index.handler');
      expect(Object.keys(p.Environment.Variables).sort()).toEqual([...def.env].sort());
      if (def.env.includes('CURRENCY')) expect(p.Environment.Variables.CURRENCY).toBe(NAMES.currency);
      if (def.env.includes('STRIPE_SECRET_NAME'))
        expect(p.Environment.Variables.STRIPE_SECRET_NAME).toBe(DEFAULT_STRIPE_SECRET_NAME);
    },
  );

  test.each(entries)(
    'GIVEN the %s Lambda THEN its table grants are exactly its reads (read) and writes (write)',
    (key, def) => {
      const access = tableAccess(def);
      for (const table of TABLES) {
        const actions = actionsOn(key, { 'Fn::GetAtt': [logicalId(stack.tables.byId[table.id]), 'Arn'] });
        const want = access.get(table.id);
        expect({ table: table.id, reads: actions.has('dynamodb:GetItem') }).toEqual({
          table: table.id,
          reads: want === 'read' || want === 'read-write',
        });
        expect({ table: table.id, writes: actions.has('dynamodb:PutItem') }).toEqual({
          table: table.id,
          writes: want === 'write' || want === 'read-write',
        });
      }
    },
  );

  const pageTokenSecretId = () => logicalId(stack.functions.pageTokenSecret);
  test.each(entries)('GIVEN the %s Lambda THEN it reads the page-token secret iff its env names it', (key, def) => {
    const reads = statementsOf(key).some((s) => JSON.stringify(s.Resource).includes(pageTokenSecretId()));
    expect(reads).toBe((def.env as readonly string[]).includes('PAGE_TOKEN_SECRET_NAME'));
  });

  test.each(entries)(
    'GIVEN the %s Lambda THEN it reads the Stripe secret, by name and with GetSecretValue only, iff usesStripe',
    (key, def) => {
      const secret = statementsOf(key).filter(
        (s) =>
          asArray<string>(s.Action).some((a) => a.startsWith('secretsmanager:')) &&
          !JSON.stringify(s.Resource).includes(pageTokenSecretId()),
      );
      if (!def.usesStripe) {
        expect(secret).toEqual([]);
        return;
      }
      expect(secret).toHaveLength(1);
      expect(secret[0].Action).toBe('secretsmanager:GetSecretValue');
      expect(JSON.stringify(secret[0].Resource)).toContain(`:secret:${DEFAULT_STRIPE_SECRET_NAME}-??????`);
    },
  );

  test.each(entries)(
    'GIVEN the %s Lambda THEN it touches the image bucket only as usesImages says, on covers/*',
    (key, def) => {
      const s3 = statementsOf(key).filter((s) => asArray<string>(s.Action).some((a) => a.startsWith('s3:')));
      if (!def.usesImages) {
        expect(s3).toEqual([]);
        return;
      }
      expect(s3).toHaveLength(1);
      expect(s3[0].Action).toBe(def.usesImages === 'read' ? 's3:GetObject' : 's3:PutObject');
      expect(s3[0].Resource).toEqual({
        'Fn::Join': ['', [{ 'Fn::GetAtt': [logicalId(stack.images.bucket), 'Arn'] }, '/covers/*']],
      });
    },
  );

  test('GIVEN the Lambda roles THEN none carries an AWS managed policy', () => {
    for (const [key] of entries) expect(cfn.Resources[roleOf(key)].Properties.ManagedPolicyArns).toBeUndefined();
  });
});

describe('image bucket', () => {
  test('GIVEN the bucket policy THEN the public may GetObject on covers/* and nothing else', () => {
    const bucketId = logicalId(stack.images.bucket);
    const [, policy] = resourcesOfType('AWS::S3::BucketPolicy').find(([, r]) => r.Properties.Bucket.Ref === bucketId)!;
    const publicAllows = policy.Properties.PolicyDocument.Statement.filter(
      (s: { Effect: string; Principal: unknown }) =>
        s.Effect === 'Allow' && JSON.stringify(s.Principal).match(/^"\*"$|"AWS":"\*"/),
    );
    expect(publicAllows).toEqual([
      expect.objectContaining({
        Action: 's3:GetObject',
        Resource: { 'Fn::Join': ['', [{ 'Fn::GetAtt': [bucketId, 'Arn'] }, '/covers/*']] },
      }),
    ]);
  });

  test('GIVEN the bucket THEN ACLs can make nothing public, https is enforced, and browsers may PUT uploads', () => {
    const bucket = cfn.Resources[logicalId(stack.images.bucket)];
    expect(bucket.DeletionPolicy).toBe('Retain');
    expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({
      BlockPublicAcls: true,
      IgnorePublicAcls: true,
      BlockPublicPolicy: false,
      RestrictPublicBuckets: false,
    });
    expect(bucket.Properties.CorsConfiguration.CorsRules[0].AllowedMethods).toEqual(
      expect.arrayContaining(['PUT', 'GET']),
    );
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });
});

describe('outputs', () => {
  test('GIVEN the stack THEN it outputs everything amplify_outputs.json needs, and where Stripe sends events', () => {
    expect(Object.keys(cfn.Outputs ?? {}).sort()).toEqual(
      [...Object.values(BACKEND_OUTPUTS), 'StripeWebhookUrl', 'StripeWebhookSecretName'].sort(),
    );
  });

  test('GIVEN the template THEN no Stripe secret key value appears in it', () => {
    expect(JSON.stringify(cfn)).not.toMatch(/sk_(live|test)_/);
  });
});

describe('props validation', () => {
  test('WHEN the Stripe secret name is not a Secrets Manager name THEN the stack refuses it', () => {
    expect(
      () => new FolioBackendStack(testApp(), 'Bad', { stripeSecretName: 'no spaces allowed', uploadOrigins: ['*'] }),
    ).toThrow(/Secrets Manager/);
  });

  test('WHEN an upload origin is a full URL instead of an origin THEN the stack refuses it', () => {
    expect(
      () =>
        new FolioBackendStack(testApp(), 'Bad', {
          stripeSecretName: 'x',
          uploadOrigins: ['https://shop.example/path'],
        }),
    ).toThrow(/origin/);
  });
});

test("GIVEN the books table WHEN synthesized THEN its stream's ARN is published in SSM for the shell's page renderer", () => {
  template.hasResourceProperties('AWS::SSM::Parameter', {
    Name: BOOKS_STREAM_PARAMETER,
    Value: { 'Fn::GetAtt': [logicalId(stack.tables.byId.Books), 'StreamArn'] },
  });
});
