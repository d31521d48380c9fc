/**
 * createCoverUpload (group Admin): a short-lived presigned PUT for one new object under covers/.
 * Type and length are signed into the URL, so S3 refuses any other type or size.
 */
import { randomUUID } from 'node:crypto';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { COVER_TYPES, isCoverType, MAX_COVER_BYTES } from '@folio/contract/rules/covers';
import { s3 } from '../shared/aws';
import { env } from '../shared/env';
import type { ResolverEvent } from '../shared/event';
import { AppError, asResult, type LambdaResult } from '../shared/result';

type Args = { contentType?: unknown; contentLength?: unknown };

export const UPLOAD_TTL_SECONDS = 300;

async function createUpload({ contentType, contentLength }: Args) {
  if (!isCoverType(contentType)) {
    throw new AppError('ValidationError', 'A cover must be image/jpeg, image/png or image/webp', {
      fields: { contentType: 'JPEG, PNG or WebP only' },
    });
  }
  const hasLength = contentLength !== undefined && contentLength !== null;
  if (
    hasLength &&
    (!Number.isInteger(contentLength) || (contentLength as number) < 1 || (contentLength as number) > MAX_COVER_BYTES)
  ) {
    throw new AppError('ValidationError', 'A cover must be at most 5 MB', {
      fields: { contentLength: 'at most 5 MB' },
    });
  }
  const key = `covers/${randomUUID()}.${COVER_TYPES[contentType]}`;
  const command = new PutObjectCommand({
    Bucket: env('IMAGE_BUCKET'),
    Key: key,
    ContentType: contentType,
    ...(hasLength ? { ContentLength: contentLength as number } : {}),
  });
  const signed = ['content-type', ...(hasLength ? ['content-length'] : [])];
  const uploadUrl = await getSignedUrl(s3(), command, {
    expiresIn: UPLOAD_TTL_SECONDS,
    signableHeaders: new Set(signed),
    unhoistableHeaders: new Set(signed),
  });
  return {
    key,
    uploadUrl,
    publicUrl: `${env('IMAGE_PUBLIC_URL').replace(/\/$/, '')}/${key}`,
    headers: [{ name: 'Content-Type', value: contentType }],
    maxBytes: MAX_COVER_BYTES,
  };
}

export async function handler(event: ResolverEvent<Args>): Promise<LambdaResult<unknown>> {
  return asResult(() => createUpload(event.arguments));
}
