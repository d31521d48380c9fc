/** The webhook endpoint and the sweep on AWS: wiring and least privilege (synthesized without bundling). */
import { Stack, type CfnElement } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { Match, Template } from 'aws-cdk-lib/assertions';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { FolioTables } from './data';
import { PaymentEvents, SWEEP_GRACE_SECONDS } from './payment-events';
import { NO_BUNDLING, asArray, policyStatements, testApp, type CfnTemplate } from './test-support';

let events: PaymentEvents;
let template: Template;
let cfn: CfnTemplate;

beforeAll(() => {
  const stack = new Stack(testApp(NO_BUNDLING), 'Payments');
  const tables = new FolioTables(stack, 'Tables');
  const userPool = new cognito.UserPool(stack, 'Customers');
  events = new PaymentEvents(stack, 'PaymentEvents', {
    tables: tables.byId,
    userPool,
    stripeSecretName: 'folio/stripe',
  });
  template = Template.fromStack(stack);
  cfn = template.toJSON() as CfnTemplate;
});

const logicalIdOf = (fn: IConstruct) => Stack.of(fn).getLogicalId(fn.node.defaultChild as CfnElement);

const roleOf = (fnId: string): string => cfn.Resources[fnId].Properties.Role['Fn::GetAtt'][0];
const actionsOf = (roleId: string): string[] =>
  policyStatements(cfn)
    .filter(({ roles }) => roles.includes(roleId))
    .flatMap(({ statement }) => asArray<string>(statement.Action));

describe('Stripe webhook endpoint', () => {
  test('GIVEN the webhook Lambda THEN a public Function URL reaches it (Stripe signs, the handler verifies)', () => {
    template.hasResourceProperties('AWS::Lambda::Url', {
      AuthType: 'NONE',
      TargetFunctionArn: { 'Fn::GetAtt': [logicalIdOf(events.webhook), 'Arn'] },
    });
  });

  test('GIVEN the webhook Lambda THEN it reads the signing secret by name, and only it and the Stripe key', () => {
    const fn = cfn.Resources[logicalIdOf(events.webhook)];
    expect(fn.Properties.Environment.Variables).toMatchObject({
      STRIPE_SECRET_NAME: 'folio/stripe',
      STRIPE_WEBHOOK_SECRET_NAME: { 'Fn::Join': expect.anything() },
    });
    expect(JSON.stringify(fn.Properties.Environment.Variables)).not.toMatch(/whsec_|sk_(live|test)_/);
    const secretStatements = policyStatements(cfn).filter(
      ({ roles, statement }) =>
        roles.includes(roleOf(logicalIdOf(events.webhook))) &&
        asArray<string>(statement.Action).some((a) => a.startsWith('secretsmanager:')),
    );
    expect(secretStatements).toHaveLength(2);
  });
});

describe('sweep', () => {
  test('GIVEN the schedule THEN EventBridge runs the sweep every 5 minutes with a grace period', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: 'rate(5 minutes)',
      State: 'ENABLED',
      Targets: [Match.objectLike({ Arn: { 'Fn::GetAtt': [logicalIdOf(events.sweep), 'Arn'] } })],
    });
    expect(cfn.Resources[logicalIdOf(events.sweep)].Properties.Environment.Variables.RECONCILE_GRACE_SECONDS).toBe(
      String(SWEEP_GRACE_SECONDS),
    );
  });
});

describe('least privilege', () => {
  const tableStatements = (which: 'webhook' | 'sweep') =>
    Object.fromEntries(
      policyStatements(cfn)
        .filter(
          ({ roles, statement }) => roles.includes(roleOf(logicalIdOf(events[which]))) && /^Settle/.test(statement.Sid),
        )
        .map(({ statement }) => [statement.Sid, asArray<string>(statement.Action).sort()]),
    );

  test('GIVEN the webhook role THEN item actions on the three tables it settles with, nothing else there', () => {
    expect(tableStatements('webhook')).toEqual({
      SettlePayments: ['dynamodb:DeleteItem', 'dynamodb:GetItem', 'dynamodb:PutItem'],
      SettleOrders: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
      SettleBooks: ['dynamodb:UpdateItem'],
    });
  });

  test('GIVEN the sweep role THEN it only reads attempts, and writes orders and stock as the webhook does', () => {
    expect(tableStatements('sweep')).toEqual({
      SettlePayments: ['dynamodb:GetItem'],
      SettleOrders: ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem'],
      SettleBooks: ['dynamodb:UpdateItem'],
    });
  });

  test.each([['webhook'], ['sweep']] as const)(
    'GIVEN the %s role THEN it may read customers (the receipt of a rebuilt order) in the one pool, nothing more',
    (which) => {
      const statements = policyStatements(cfn).filter(
        ({ roles, statement }) =>
          roles.includes(roleOf(logicalIdOf(events[which]))) && statement.Sid === 'ReadCustomerEmail',
      );
      expect(statements.map(({ statement }) => statement.Action)).toEqual(['cognito-idp:AdminGetUser']);
    },
  );

  test.each([['webhook'], ['sweep']] as const)(
    'GIVEN the %s role THEN no wildcard action, no managed policy',
    (which) => {
      const role = roleOf(logicalIdOf(events[which]));
      for (const a of actionsOf(role)) expect(a).not.toContain('*');
      expect(cfn.Resources[role].Properties.ManagedPolicyArns).toBeUndefined();
    },
  );
});
