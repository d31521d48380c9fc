import { InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider';
import { DEMO_USERS } from '@folio/config';
import { cognitoClient } from '../../local/cognito';
import type { Started } from '../../bench/harness';

/** The demo admin's access token on a stack started by the harness. */
export async function signInAdmin(info: Started): Promise<string> {
  const admin = DEMO_USERS.find((u) => u.groups.includes('Admin'))!;
  const idp = cognitoClient(`http://localhost:${info.config.ports.cognito}`, info.config.region);
  try {
    const out = await idp.send(
      new InitiateAuthCommand({
        AuthFlow: 'USER_PASSWORD_AUTH',
        ClientId: info.pool.clientId,
        AuthParameters: { USERNAME: admin.email, PASSWORD: admin.password },
      }),
    );
    return out.AuthenticationResult!.AccessToken!;
  } finally {
    idp.destroy();
  }
}
