/**
 * Cognito token checks the simulator skips (docs/LOCAL-STACK.md): signature against cognito-local's JWKS,
 * expiry, issuer, token use and app client — what AppSync checks on AWS.
 */
import { JwtRsaVerifier } from 'aws-jwt-verify';
import type { Jwks } from 'aws-jwt-verify/jwk';
import { JwtExpiredError } from 'aws-jwt-verify/error';
import type { UserPool } from './cognito';

export type TokenCheck = { ok: true } | { ok: false; message: string };

export interface TokenVerifier {
  check(token: string): Promise<TokenCheck>;
}

export async function tokenVerifier(pool: UserPool): Promise<TokenVerifier> {
  const verifier = JwtRsaVerifier.create({
    issuer: pool.issuer,
    jwksUri: pool.jwksUrl,
    audience: null,
    // Cognito names the client in "aud" on ID tokens and in "client_id" on access tokens.
    customJwtCheck: ({ payload }) => {
      const client =
        payload.token_use === 'id' ? payload.aud : payload.token_use === 'access' ? payload.client_id : undefined;
      if (client !== pool.clientId) throw new Error('Token was not issued to this app client');
    },
  });
  // The library fetches keys over https only; the emulator serves them over http, so load them here.
  const response = await fetch(pool.jwksUrl);
  if (!response.ok) throw new Error(`Could not read the Cognito JWKS at ${pool.jwksUrl}: HTTP ${response.status}`);
  verifier.cacheJwks((await response.json()) as Jwks);
  return {
    async check(token) {
      try {
        await verifier.verify(token.replace(/^Bearer\s+/i, ''));
        return { ok: true };
      } catch (error) {
        return {
          ok: false,
          message: error instanceof JwtExpiredError ? 'Token has expired.' : 'Valid authorization header not provided.',
        };
      }
    },
  };
}
