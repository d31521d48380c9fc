/**
 * Stripe's side of payments on AWS: the webhook endpoint (a Lambda behind a Function URL, which Stripe calls
 * with signed events) and the sweep (a Lambda an EventBridge rule runs every few minutes), both settling
 * authorised payments without their order (payments/reconcile.ts). The endpoint's signing secret is a Secrets
 * Manager secret: after creating the endpoint in Stripe's dashboard at the StripeWebhookUrl output, put its
 * whsec_… value there (docs/DEPLOY.md). Until then every event is refused, which is safe.
 */
import { CfnOutput, Duration } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import * as events from 'aws-cdk-lib/aws-events';
import * as iam from 'aws-cdk-lib/aws-iam';
import * as targets from 'aws-cdk-lib/aws-events-targets';
import * as lambda from 'aws-cdk-lib/aws-lambda';
import type * as nodejs from 'aws-cdk-lib/aws-lambda-nodejs';
import * as secretsmanager from 'aws-cdk-lib/aws-secretsmanager';
import { Construct } from 'constructs';
import type { TableDef } from '../tables';
import type { FolioTableMap } from './data';
import { bundledFunction, grantStripeSecret } from './functions';
import { acknowledge } from './nag';

/** With the grace below, an orphaned authorisation is settled within 6 minutes (the promise is 15). */
export const SWEEP_SCHEDULE = Duration.minutes(5);
export const SWEEP_GRACE_SECONDS = 45;

/**
 * What settling an authorisation does, item by item: read the kept attempt (the webhook also claims and
 * releases event ids), read and write the order and its number item, take the stock (placeOrder's transaction is a Put and Updates),
 * and read the customer's email from the user pool for the receipt.
 */
function settles(
  fn: lambda.IFunction,
  tables: FolioTableMap,
  userPool: cognito.IUserPool,
  paymentsActions: string[],
): void {
  const allow = (table: TableDef['id'], actions: string[]) =>
    fn.addToRolePolicy(
      new iam.PolicyStatement({ sid: `Settle${table}`, actions, resources: [tables[table].tableArn] }),
    );
  allow('Payments', paymentsActions);
  allow('Orders', ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:UpdateItem']);
  allow('Books', ['dynamodb:UpdateItem']);
  fn.addToRolePolicy(
    new iam.PolicyStatement({
      sid: 'ReadCustomerEmail',
      actions: ['cognito-idp:AdminGetUser'],
      resources: [userPool.userPoolArn],
    }),
  );
}

export interface PaymentEventsProps {
  readonly tables: FolioTableMap;
  /** The customers' pool: a rebuilt order's receipt goes to the address the pool holds. */
  readonly userPool: cognito.IUserPool;
  /** Secrets Manager name of the Stripe secret key. */
  readonly stripeSecretName: string;
}

export class PaymentEvents extends Construct {
  readonly webhook: nodejs.NodejsFunction;
  readonly webhookUrl: lambda.FunctionUrl;
  readonly sweep: nodejs.NodejsFunction;
  readonly signingSecret: secretsmanager.Secret;
  readonly schedule: events.Rule;

  constructor(scope: Construct, id: string, props: PaymentEventsProps) {
    super(scope, id);
    this.signingSecret = new secretsmanager.Secret(this, 'StripeWebhookSecret', {
      description: "Folio: the Stripe webhook endpoint's signing secret (whsec_…), set from Stripe's dashboard",
    });
    acknowledge(
      this.signingSecret,
      "Stripe issues the signing secret; it is rolled in Stripe's dashboard and copied here, which a rotation Lambda cannot do.",
      'AwsSolutions-SMG4',
    );
    const environment = {
      BOOKS_TABLE: props.tables.Books.tableName,
      ORDERS_TABLE: props.tables.Orders.tableName,
      PAYMENTS_TABLE: props.tables.Payments.tableName,
      STRIPE_SECRET_NAME: props.stripeSecretName,
      USER_POOL_ID: props.userPool.userPoolId,
    };

    const webhook = bundledFunction(this, 'StripeWebhook', {
      dir: 'stripe-webhook',
      description: 'Folio Stripe webhook endpoint',
      timeout: Duration.seconds(20),
      environment: { ...environment, STRIPE_WEBHOOK_SECRET_NAME: this.signingSecret.secretName },
    });
    this.webhook = webhook.fn;
    settles(webhook.fn, props.tables, props.userPool, ['dynamodb:GetItem', 'dynamodb:PutItem', 'dynamodb:DeleteItem']);
    grantStripeSecret(webhook.fn, webhook.role, props.stripeSecretName);
    this.signingSecret.grantRead(webhook.fn);
    // Stripe cannot sign AWS requests: the handler checks Stripe's own signature on every event instead.
    this.webhookUrl = webhook.fn.addFunctionUrl({ authType: lambda.FunctionUrlAuthType.NONE });

    const sweep = bundledFunction(this, 'ReconcilePayments', {
      dir: 'reconcile-payments',
      description: 'Folio sweep: authorised payments without their order',
      timeout: Duration.minutes(4),
      environment: { ...environment, RECONCILE_GRACE_SECONDS: String(SWEEP_GRACE_SECONDS) },
    });
    this.sweep = sweep.fn;
    settles(sweep.fn, props.tables, props.userPool, ['dynamodb:GetItem']);
    grantStripeSecret(sweep.fn, sweep.role, props.stripeSecretName);
    this.schedule = new events.Rule(this, 'SweepSchedule', {
      description: 'Folio: settle authorised payments whose order was never written',
      schedule: events.Schedule.rate(SWEEP_SCHEDULE),
      targets: [new targets.LambdaFunction(sweep.fn, { retryAttempts: 2 })],
    });

    new CfnOutput(scope, 'StripeWebhookUrl', {
      value: this.webhookUrl.url,
      description: 'Create the Stripe webhook endpoint at this URL (payment_intent.* events)',
    });
    new CfnOutput(scope, 'StripeWebhookSecretName', {
      value: this.signingSecret.secretName,
      description: "Put the Stripe endpoint's signing secret (whsec_…) in this secret",
    });
  }
}
