/** cognito-local: the user pool, its app client, group Admin and the demo users. */
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
} from '@aws-sdk/client-cognito-identity-provider';
import { DEMO_USERS, NAMES } from '@folio/config';
import { failOnExit, startChild, type Child } from './child';
import { httpOk, waitFor } from './ports';

/** The simulator only treats a token as Cognito's if its issuer starts like AWS's (docs/LOCAL-STACK.md). */
export const LOCAL_ISSUER_DOMAIN = 'https://cognito-idp.local';
export const CLIENT_NAME = 'folio-web';

export interface UserPool {
  readonly userPoolId: string;
  readonly clientId: string;
  readonly issuer: string;
  readonly jwksUrl: string;
}

/** Reads cognito-local's boxed "Confirmation Code Delivery" output and reports each code with its recipient. */
export function codeReader(report: (destination: string, code: string) => void): (line: string) => void {
  let destination = '';
  return (line) => {
    const to = /Destination:\s+(\S+)/.exec(line);
    if (to) destination = to[1];
    const code = /\bCode:\s+(\S+)/.exec(line);
    if (code) report(destination || 'unknown recipient', code[1]);
  };
}

export async function startCognito(opts: {
  port: number;
  dir: string;
  onCode?: (destination: string, code: string) => void;
}): Promise<Child> {
  mkdirSync(join(opts.dir, '.cognito'), { recursive: true });
  writeFileSync(
    join(opts.dir, '.cognito', 'config.json'),
    JSON.stringify({ TokenConfig: { IssuerDomain: LOCAL_ISSUER_DOMAIN } }, null, 2),
  );
  const child = startChild('cognito-local', process.execPath, [require.resolve('cognito-local/lib/bin/start.js')], {
    cwd: opts.dir,
    env: { ...process.env, PORT: String(opts.port), HOST: '127.0.0.1', DEBUG: '' },
    // Verification and reset codes are printed by cognito-local; pass them on so a developer can use them.
    onLine: codeReader((destination, code) => opts.onCode?.(destination, code)),
  });
  try {
    await Promise.race([waitFor('cognito-local', httpOk(`http://127.0.0.1:${opts.port}/health`)), failOnExit(child)]);
  } catch (error) {
    await child.stop();
    throw error;
  }
  return child;
}

export function cognitoClient(endpoint: string, region: string): CognitoIdentityProviderClient {
  return new CognitoIdentityProviderClient({
    endpoint,
    region,
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
}

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
            MinimumLength: 8,
            RequireLowercase: true,
            RequireUppercase: true,
            RequireNumbers: true,
            RequireSymbols: false,
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
        ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_USER_SRP_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      }),
    );
    clientId = created.UserPoolClient!.ClientId!;
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
