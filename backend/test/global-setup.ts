import { join } from 'node:path';
import { startStack } from '../local/stack';
import { seedBooks, uploadCovers } from '../local/seed';
import { BOOKS } from '../seed/books';
import { useTestPorts } from './test-ports';
import type { StackInfo } from './integration/stack-info';

export default async function globalSetup(): Promise<void> {
  useTestPorts();
  const stack = await startStack({ stateDir: join(__dirname, '..', '.folio', 'test-state') });
  await seedBooks(stack.config, () => undefined);
  await uploadCovers(stack.config, BOOKS.slice(0, 3), () => undefined);
  const info: StackInfo = {
    graphqlUrl: stack.urls.graphql,
    apiKey: stack.config.apiKey,
    cognitoUrl: stack.urls.cognito,
    cognitoCredentials: stack.config.cognitoCredentials,
    userPoolId: stack.pool.userPoolId,
    clientId: stack.pool.clientId,
    issuer: stack.pool.issuer,
    stripeUrl: stack.urls.stripe,
    imagesUrl: stack.urls.images,
    s3Url: stack.urls.s3,
    dynamodbUrl: stack.urls.dynamodb,
    region: stack.config.region,
    tables: stack.config.tables,
    sesUrl: stack.urls.ses,
  };
  process.env.FOLIO_TEST_STACK = JSON.stringify(info);
  (globalThis as { folioStack?: typeof stack }).folioStack = stack;
}
