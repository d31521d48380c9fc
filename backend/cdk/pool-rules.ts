/**
 * The user pool's rules in one place: the CDK pool (auth.ts) and the local stack's proxy in front of
 * cognito-local (local/cognito-proxy.ts) both read them, so the two pools refuse and expire the same things.
 */
export { PASSWORD_POLICY } from './amplify-outputs';

/** Lifetimes of the web client's tokens (Cognito's own defaults are 1 h / 1 h / 30 days). */
export const TOKEN_VALIDITY = { accessTokenHours: 1, idTokenHours: 1, refreshTokenDays: 30 } as const;
