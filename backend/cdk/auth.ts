/** Customers sign in with their email; the "Admin" group may write the catalog (schema directives). */
import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import { Construct } from 'constructs';
import { NAMES } from '@folio/config';
import { PASSWORD_POLICY, TOKEN_VALIDITY } from './pool-rules';
import { acknowledge } from './nag';

export class FolioAuth extends Construct {
  readonly userPool: cognito.UserPool;
  readonly client: cognito.UserPoolClient;

  constructor(scope: Construct, id: string) {
    super(scope, id);

    this.userPool = new cognito.UserPool(this, 'UserPool', {
      userPoolName: NAMES.userPoolName,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      selfSignUpEnabled: true,
      autoVerify: { email: true },
      userVerification: { emailStyle: cognito.VerificationEmailStyle.CODE },
      standardAttributes: { email: { required: true, mutable: true } },
      // A changed email takes effect only once verified, so nobody is locked out by a typo.
      keepOriginal: { email: true },
      // The same rules amplify_outputs.json states, so the sign-up form checks what Cognito enforces.
      passwordPolicy: { ...PASSWORD_POLICY, tempPasswordValidity: Duration.days(3) },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      featurePlan: cognito.FeaturePlan.ESSENTIALS,
      mfa: cognito.Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      deletionProtection: true,
      // Customer accounts are data: a stack deletion must not take them with it.
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.client = this.userPool.addClient('WebClient', {
      userPoolClientName: 'folio-web',
      // A browser cannot keep a secret.
      generateSecret: false,
      // SRP in production; USER_PASSWORD_AUTH for tools and parity with the local stack (cognito-local has
      // no SRP). Refresh tokens are always allowed by CDK.
      authFlows: { userSrp: true, userPassword: true },
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      accessTokenValidity: Duration.hours(TOKEN_VALIDITY.accessTokenHours),
      idTokenValidity: Duration.hours(TOKEN_VALIDITY.idTokenHours),
      refreshTokenValidity: Duration.days(TOKEN_VALIDITY.refreshTokenDays),
    });

    new cognito.CfnUserPoolGroup(this, 'AdminGroup', {
      userPoolId: this.userPool.userPoolId,
      groupName: NAMES.adminGroup,
      precedence: 0,
      description: 'Catalog managers: createBook, updateBook, deleteBook, createCoverUpload',
    });

    acknowledge(
      this.userPool,
      'Length 8+ with lower, upper and digit: the policy the apps and amplify_outputs.json state (PASSWORD_POLICY in ' +
        'cdk/amplify-outputs.ts, which the local pool follows too). Symbols are not required: NIST SP 800-63B advises ' +
        'against composition rules.',
      'AwsSolutions-COG1',
    );
    acknowledge(
      this.userPool,
      'A public storefront: customers may turn on TOTP MFA (Mfa.OPTIONAL); requiring it would turn casual buyers away.',
      'AwsSolutions-COG2',
    );
    acknowledge(
      this.userPool,
      'Threat protection (compromised-credential and adaptive sign-in checks) needs the Plus plan, billed per active user; ' +
        'ESSENTIALS is a cost decision for a small shop, to revisit with traffic (featurePlan above).',
      'AwsSolutions-COG8',
    );
  }
}
