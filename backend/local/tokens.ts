/**
 * Cognito token checks the simulator skips (docs/EMULATORS.md): signature against cognito-local's JWKS,
 * expiry, issuer, token use, app client and revocation by GlobalSignOut — what AppSync checks on AWS.
 */
import { JwtRsaVerifier } from 'aws-jwt-verify';
import type { Jwks } from 'aws-jwt-verify/jwk';
import { JwtExpiredError } from 'aws-jwt-verify/error';
import type { UserPool } from './cognito';
import type { Revocations } from './cognito-revocations';

export type TokenCheck =
  { ok: true; claims: Record<string, unknown> } | { ok: false; message: string; revoked?: boolean };

export interface TokenVerifier {
  check(token: string): Promise<TokenCheck>;
}

export async function tokenVerifier(pool: UserPool, revocations?: Revocations): Promise<TokenVerifier> {
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
        const claims = await verifier.verify(token.replace(/^Bearer\s+/i, ''));
        if (revocations?.isRevoked(String(claims.sub), Number(claims.iat)))
          return { ok: false, message: 'Token has been revoked.', revoked: true };
        return { ok: true, claims };
      } catch (error) {
        return {
          ok: false,
          message: error instanceof JwtExpiredError ? 'Token has expired.' : 'Valid authorization header not provided.',
        };
      }
    },
  };
}
