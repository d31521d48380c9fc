/**
 * cognito-local (on 127.0.0.1 only) behind our proxy (cognito-proxy.ts) on the public Cognito port; the user pool,
 * its app client, group Admin and the demo users, created through the proxy with the stack's signed credentials.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  CreateGroupCommand,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  ListUserPoolClientsCommand,
  ListUserPoolsCommand,
  UpdateUserPoolClientCommand,
  type ExplicitAuthFlowsType,
} from '@aws-sdk/client-cognito-identity-provider';
import { DEMO_USERS, NAMES } from '@folio/config';
import { PASSWORD_POLICY, TOKEN_VALIDITY } from '../cdk/pool-rules';
import { failOnExit, startChild } from './child';
import { httpOk, waitFor } from './ports';
import { startCognitoProxy, type CognitoProxy } from './cognito-proxy';
import type { Credentials } from './cognito-sigv4';
import type { Revocations } from './cognito-revocations';

/** The simulator only treats a token as Cognito's if its issuer starts like AWS's (docs/EMULATORS.md). */
export const LOCAL_ISSUER_DOMAIN = 'https://cognito-idp.local';
export const CLIENT_NAME = 'folio-web';

export interface UserPool {
  readonly userPoolId: string;
  readonly clientId: string;
  readonly issuer: string;
  readonly jwksUrl: string;
}

/** The line cognito-code-hook.cjs writes for each code, read back here and reported with its recipient. */
const CODE_LINE = /^FOLIO_CODE (\{.*\})$/;

export function codeReader(report: (destination: string, code: string) => void): (line: string) => void {
  return (line) => {
    const match = CODE_LINE.exec(line.trim());
    if (!match) return;
    const { destination, code } = JSON.parse(match[1]) as { destination?: string; code?: string };
    if (code) report(destination || 'unknown recipient', code);
  };
}

export interface LocalCognito {
  readonly proxy: CognitoProxy;
  stop(): Promise<void>;
}

export async function startCognito(opts: {
  /** The public port (our proxy). */
  port: number;
  /** cognito-local's own port, bound to 127.0.0.1. */
  internalPort: number;
  dir: string;
  region: string;
  credentials: Credentials;
  origins: readonly string[];
  revocations: Revocations;
  onCode?: (destination: string, code: string) => void;
}): Promise<LocalCognito> {
  mkdirSync(join(opts.dir, '.cognito'), { recursive: true });
  writeFileSync(
    join(opts.dir, '.cognito', 'config.json'),
    JSON.stringify({ TokenConfig: { IssuerDomain: LOCAL_ISSUER_DOMAIN } }, null, 2),
  );
  const child = startChild(
    'cognito-local',
    process.execPath,
    ['--require', require.resolve('./cognito-code-hook.cjs'), require.resolve('cognito-local/lib/bin/start.js')],
    {
      cwd: opts.dir,
      env: { ...process.env, PORT: String(opts.internalPort), HOST: '127.0.0.1', DEBUG: '' },
      // Verification and reset codes, written at once by the hook; passed on so a developer can use them.
      onLine: codeReader((destination, code) => opts.onCode?.(destination, code)),
    },
  );
  let proxy: CognitoProxy | undefined;
  try {
    await Promise.race([
      waitFor('cognito-local', httpOk(`http://127.0.0.1:${opts.internalPort}/health`)),
      failOnExit(child),
    ]);
    proxy = await startCognitoProxy({
      port: opts.port,
      target: `http://127.0.0.1:${opts.internalPort}`,
      region: opts.region,
      credentials: opts.credentials,
      origins: opts.origins,
      revocations: opts.revocations,
    });
  } catch (error) {
    await child.stop();
    throw error;
  }
  const started = proxy;
  return {
    proxy: started,
    async stop() {
      await started.close();
      await child.stop();
    },
  };
}

/** A client signing with `credentials`: the stack's own for admin calls, any for a customer's (public) calls. */
export function cognitoClient(
  endpoint: string,
  region: string,
  credentials: Credentials = { accessKeyId: 'customer', secretAccessKey: 'none' },
): CognitoIdentityProviderClient {
  return new CognitoIdentityProviderClient({ endpoint, region, credentials });
}

/** The web client's token lifetimes, as the CDK app client has them. */
const CLIENT_VALIDITY = {
  AccessTokenValidity: TOKEN_VALIDITY.accessTokenHours,
  IdTokenValidity: TOKEN_VALIDITY.idTokenHours,
  RefreshTokenValidity: TOKEN_VALIDITY.refreshTokenDays,
  TokenValidityUnits: { AccessToken: 'hours', IdToken: 'hours', RefreshToken: 'days' },
} as const;
const CLIENT_FLOWS: ExplicitAuthFlowsType[] = [
  'ALLOW_USER_PASSWORD_AUTH',
  'ALLOW_USER_SRP_AUTH',
  'ALLOW_REFRESH_TOKEN_AUTH',
];

const ignoreExists = (error: Error) => {
  if (!/Exists|already/i.test(`${error.name} ${error.message}`)) throw error;
};

/** Finds or creates the pool and client, so a persisted folder keeps its ids across restarts. */
export async function ensureUserPool(client: CognitoIdentityProviderClient, endpoint: string): Promise<UserPool> {
  const pools = await client.send(new ListUserPoolsCommand({ MaxResults: 60 }));
  let userPoolId = pools.UserPools?.find((p) => p.Name === NAMES.userPoolName)?.Id;
  if (!userPoolId) {
    const created = await client.send(
      new CreateUserPoolCommand({
        PoolName: NAMES.userPoolName,
        UsernameAttributes: ['email'],
        AutoVerifiedAttributes: ['email'],
        Policies: {
          PasswordPolicy: {
            MinimumLength: PASSWORD_POLICY.minLength,
            RequireLowercase: PASSWORD_POLICY.requireLowercase,
            RequireUppercase: PASSWORD_POLICY.requireUppercase,
            RequireNumbers: PASSWORD_POLICY.requireDigits,
            RequireSymbols: PASSWORD_POLICY.requireSymbols,
          },
        },
      }),
    );
    userPoolId = created.UserPool!.Id!;
  }
  const clients = await client.send(new ListUserPoolClientsCommand({ UserPoolId: userPoolId, MaxResults: 60 }));
  let clientId = clients.UserPoolClients?.find((c) => c.ClientName === CLIENT_NAME)?.ClientId;
  if (!clientId) {
    const created = await client.send(
      new CreateUserPoolClientCommand({
        UserPoolId: userPoolId,
        ClientName: CLIENT_NAME,
        ExplicitAuthFlows: CLIENT_FLOWS,
        ...CLIENT_VALIDITY,
      }),
    );
    clientId = created.UserPoolClient!.ClientId!;
  } else {
    // A persisted folder may hold a client from before the lifetimes were set (cognito-local's default is 24 h).
    await client.send(
      new UpdateUserPoolClientCommand({
        UserPoolId: userPoolId,
        ClientId: clientId,
        ClientName: CLIENT_NAME,
        ExplicitAuthFlows: CLIENT_FLOWS,
        ...CLIENT_VALIDITY,
      }),
    );
  }
  await client
    .send(new CreateGroupCommand({ UserPoolId: userPoolId, GroupName: NAMES.adminGroup }))
    .catch(ignoreExists);
  return {
    userPoolId,
    clientId,
    issuer: `${LOCAL_ISSUER_DOMAIN}/${userPoolId}`,
    jwksUrl: `${endpoint}/${userPoolId}/.well-known/jwks.json`,
  };
}

/** Creates a confirmed user with a permanent password (and groups); an existing user is left as it is. */
export async function ensureUser(
  client: CognitoIdentityProviderClient,
  pool: UserPool,
  user: { email: string; password: string; groups: readonly string[] },
): Promise<void> {
  try {
    await client.send(
      new AdminCreateUserCommand({
        UserPoolId: pool.userPoolId,
        Username: user.email,
        MessageAction: 'SUPPRESS',
        UserAttributes: [
          { Name: 'email', Value: user.email },
          { Name: 'email_verified', Value: 'true' },
        ],
      }),
    );
  } catch (error) {
    ignoreExists(error as Error);
    return;
  }
  await client.send(
    new AdminSetUserPasswordCommand({
      UserPoolId: pool.userPoolId,
      Username: user.email,
      Password: user.password,
      Permanent: true,
    }),
  );
  for (const group of user.groups) {
    await client.send(
      new AdminAddUserToGroupCommand({ UserPoolId: pool.userPoolId, Username: user.email, GroupName: group }),
    );
  }
}

export async function ensureDemoUsers(client: CognitoIdentityProviderClient, pool: UserPool): Promise<void> {
  for (const user of DEMO_USERS) await ensureUser(client, pool, user);
}
