/**
 * AWS clients for the handlers, created once per container. Locally *_ENDPOINT variables point them at
 * the emulators; on AWS they are unset and the SDK finds the real services.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { optionalEnv } from './env';

let documentClient: DynamoDBDocumentClient | undefined;
let s3Client: S3Client | undefined;

export function ddb(): DynamoDBDocumentClient {
  documentClient ??= DynamoDBDocumentClient.from(
    new DynamoDBClient({ endpoint: optionalEnv('DYNAMODB_ENDPOINT'), maxAttempts: 3 }),
    { marshallOptions: { removeUndefinedValues: true } },
  );
  return documentClient;
}

export function s3(): S3Client {
  s3Client ??= new S3Client({
    endpoint: optionalEnv('S3_ENDPOINT'),
    forcePathStyle: Boolean(optionalEnv('S3_ENDPOINT')),
    // Otherwise presigned PUTs carry the CRC32 of an empty body and S3 rejects the real upload.
    requestChecksumCalculation: 'WHEN_REQUIRED',
  });
  return s3Client;
}

/** Forget cached clients (tests that move endpoints between runs). */
export function resetClients(): void {
  documentClient?.destroy();
  s3Client?.destroy();
  documentClient = undefined;
  s3Client = undefined;
}
