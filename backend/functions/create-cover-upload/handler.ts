/**
 * createCoverUpload (group Admin): a short-lived presigned PUT for one new object under covers/.
 * Type and length (required) are signed into the URL, so S3 refuses any other type or size; the key is new and
 * random for each upload, and `If-None-Match: *` is signed too, so the URL writes that key once: replayed within its
 * 5 minutes, S3 answers 412 instead of overwriting the cover.
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
  // The length is signed into the URL, so S3 refuses any other size. Without it the URL would take any body up to
  // S3's own limit: the schema keeps the argument optional for old clients, the handler requires it.
  if (
    !Number.isInteger(contentLength) ||
    (contentLength as number) < 1 ||
    (contentLength as number) > MAX_COVER_BYTES
  ) {
    throw new AppError('ValidationError', 'A cover must be at most 5 MB, and its length must be given', {
      fields: { contentLength: 'at most 5 MB' },
    });
  }
  // A fresh random key per upload: the URL can only ever write that one new object, never another book's cover.
  const key = `covers/${randomUUID()}.${COVER_TYPES[contentType]}`;
  const command = new PutObjectCommand({
    Bucket: env('IMAGE_BUCKET'),
    Key: key,
    ContentType: contentType,
    ContentLength: contentLength as number,
    IfNoneMatch: '*',
  });
  const signed = ['content-type', 'content-length', 'if-none-match'];
  const uploadUrl = await getSignedUrl(s3(), command, {
    expiresIn: UPLOAD_TTL_SECONDS,
    signableHeaders: new Set(signed),
    unhoistableHeaders: new Set(signed),
  });
  return {
    key,
    uploadUrl,
    publicUrl: `${env('IMAGE_PUBLIC_URL').replace(/\/$/, '')}/${key}`,
    headers: [
      { name: 'Content-Type', value: contentType },
      { name: 'If-None-Match', value: '*' },
    ],
    maxBytes: MAX_COVER_BYTES,
  };
}

export async function handler(event: ResolverEvent<Args>): Promise<LambdaResult<unknown>> {
  return asResult(() => createUpload(event.arguments));
}
