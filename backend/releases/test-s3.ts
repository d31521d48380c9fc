/** For the release tests: an in-process s3rver in a temporary folder with the given private buckets, and a client. */
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REGION } from '@folio/config';
import { S3_CREDENTIALS } from '../local/config';
import { startS3 } from '../local/s3';
import { releaseClient } from './bucket';

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

export async function startTestS3(buckets: readonly string[]) {
  const port = await freePort();
  const server = await startS3({
    port,
    dir: mkdtempSync(join(tmpdir(), 'folio-s3-')),
    bucket: 'folio-images',
    region: REGION,
    credentials: S3_CREDENTIALS,
    privateBuckets: buckets,
  });
  const s3 = releaseClient({ endpoint: `http://localhost:${port}`, region: REGION, credentials: S3_CREDENTIALS });
  return {
    s3,
    async stop() {
      s3.destroy();
      await server.stop();
    },
  };
}
