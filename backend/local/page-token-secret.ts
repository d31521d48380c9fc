/**
 * The key that seals this stack's page tokens (the simulator's DynamoDB ones and searchBooks'): new for each stack
 * process, as AppSync's key is its own, so a token from another stack or an earlier run is refused.
 */
import { randomBytes } from 'node:crypto';

export const PAGE_TOKEN_SECRET = randomBytes(32).toString('base64');
