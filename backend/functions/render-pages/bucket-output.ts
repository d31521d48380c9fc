/**
 * The renderer's output on AWS: the shell's site bucket, under site/ (the build's own index.html is the single-page
 * app's page and stays at the top). Each file gets the type and Cache-Control the local static server answers it
 * with (backend/local/static-headers.ts), and CloudFront is told to drop its copies of what changed.
 */
import { DeleteObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { SiteOutput } from '@folio/shell/prerender/site-output';
import { cacheControlFor, contentTypeFor } from '../../local/static-headers';
import { SITE_PREFIX } from './site-layout';

export const objectKey = (key: string): string => `${SITE_PREFIX}/${key}`;

export function bucketOutput(s3: Pick<S3Client, 'send'>, bucket: string): SiteOutput {
  return {
    async write(key, body) {
      await s3.send(
        new PutObjectCommand({
          Bucket: bucket,
          Key: objectKey(key),
          Body: body,
          ContentType: contentTypeFor(key),
          CacheControl: cacheControlFor(`/${key}`),
        }),
      );
    },
    async remove(key) {
      await s3.send(new DeleteObjectCommand({ Bucket: bucket, Key: objectKey(key) }));
    },
  };
}

/**
 * The paths to invalidate for files written or removed: CloudFront caches an object under the URI its viewer-request
 * function made (/site/books/42/index.html), not the viewer's /books/42.
 */
export const invalidationPaths = (keys: readonly string[]): string[] =>
  [...new Set(keys)].map((key) => `/${objectKey(key)}`);
