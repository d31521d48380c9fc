/**
 * Amazon SES v2 locally: aws-ses-v2-local in this process, on SES_PORT. It keeps every email it is sent; its root
 * URL is a web inbox and GET /store answers them as JSON (the integration tests read it).
 */
import type { Server } from 'node:http';
import startSesServer from 'aws-ses-v2-local';
import { listenHost } from '@folio/config';

export async function startSes(opts: { port: number }): Promise<{ stop: () => Promise<void> }> {
  const server = (await startSesServer({ port: opts.port, host: listenHost() })) as Server;
  return {
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
