/** FolioBackend: Cognito, the DynamoDB tables, the image bucket, the Lambdas and the AppSync API in one stack. */
import { Aws, CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import { Construct } from 'constructs';
import { NAMES } from '@folio/config';
import { FolioApi } from './api';
import { FolioAuth } from './auth';
import { BACKEND_OUTPUTS, type BackendOutputName } from './backend-outputs';
import { SECRET_NAME_PATTERN, checkOrigin } from './context';
import { FolioTables } from './data';
import { FolioFunctions } from './functions';
import { ImageBucket } from './images';
import { PaymentEvents } from './payment-events';
import { BOOKS_STREAM_PARAMETER } from './site-renderer';

export interface FolioBackendStackProps extends StackProps {
  /** Secrets Manager name of the Stripe secret key, created by hand before the first deploy (docs/DEPLOY.md). */
  readonly stripeSecretName: string;
  /** Origins that may upload covers from a browser: the shell's, or "*". */
  readonly uploadOrigins: readonly string[];
  /** The address order emails come from (cdk context senderEmail); NAMES.orderEmailSender by default. */
  readonly senderEmail?: string;
}

export class FolioBackendStack extends Stack {
  readonly auth: FolioAuth;
  readonly tables: FolioTables;
  readonly images: ImageBucket;
  readonly functions: FolioFunctions;
  readonly api: FolioApi;
  readonly paymentEvents: PaymentEvents;

  constructor(scope: Construct, id: string, props: FolioBackendStackProps) {
    if (!SECRET_NAME_PATTERN.test(props.stripeSecretName))
      throw new Error(`"${props.stripeSecretName}" is not a Secrets Manager name`);
    if (props.uploadOrigins.length === 0) throw new Error('uploadOrigins must name at least one origin');
    props.uploadOrigins.forEach((o) => checkOrigin(o, 'uploadOrigins'));
    super(scope, id, {
      description: 'Folio backend: Cognito, AppSync (schema + VTL), DynamoDB, image bucket, Lambdas',
      ...props,
    });

    this.auth = new FolioAuth(this, 'Auth');
    this.tables = new FolioTables(this, 'Tables');
    this.images = new ImageBucket(this, 'Images', { allowedOrigins: props.uploadOrigins });
    this.functions = new FolioFunctions(this, 'Functions', {
      tables: this.tables.byId,
      images: this.images,
      stripeSecretName: props.stripeSecretName,
      currency: NAMES.currency,
      userPool: this.auth.userPool,
      senderEmail: props.senderEmail ?? NAMES.orderEmailSender,
    });
    this.paymentEvents = new PaymentEvents(this, 'PaymentEvents', {
      tables: this.tables.byId,
      userPool: this.auth.userPool,
      stripeSecretName: props.stripeSecretName,
    });
    this.api = new FolioApi(this, 'Graphql', {
      name: NAMES.apiName,
      userPool: this.auth.userPool,
      userPoolClient: this.auth.client,
      tables: this.tables.byId,
      functions: this.functions,
    });

    // The shell's page renderer follows the books table's stream; it reads the ARN at its deploy (no export).
    new ssm.StringParameter(this, 'BooksStreamArn', {
      parameterName: BOOKS_STREAM_PARAMETER,
      stringValue: this.tables.byId.Books.tableStreamArn!,
      description: "The books table's stream, for the shell's page renderer (FolioShell)",
    });

    // What scripts/write-outputs.ts needs for amplify_outputs.json (the API key is public: every browser gets it).
    const values: Record<BackendOutputName, string> = {
      graphqlUrl: this.api.api.graphqlUrl,
      apiKey: this.api.api.apiKey!,
      region: Aws.REGION,
      userPoolId: this.auth.userPool.userPoolId,
      userPoolClientId: this.auth.client.userPoolClientId,
      imageBucket: this.images.bucket.bucketName,
      imageBaseUrl: this.images.publicUrl,
    };
    for (const [name, key] of Object.entries(BACKEND_OUTPUTS) as [BackendOutputName, string][]) {
      new CfnOutput(this, key, { value: values[name], description: `amplify_outputs.json: ${name}` });
    }
  }
}
