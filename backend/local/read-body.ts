/**
 * One request body, read whole with a size cap and an optional deadline, for every local server that must see a
 * body before answering (the GraphQL gateway, the Cognito proxy, the S3 signature check). Past the cap the rest is
 * drained unread; past the deadline the caller answers and drops the socket: a client trickling a byte every few
 * seconds would otherwise hold it (and its memory) for as long as it likes.
 */
import type { IncomingMessage } from 'node:http';

export interface BodyLimits {
  maxBytes: number;
  /** From the call; none means wait as long as the client takes. */
  deadlineMs?: number;
}

export function readBody(req: IncomingMessage, limits: BodyLimits): Promise<Buffer | 'too-large' | 'too-slow'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    const timer = limits.deadlineMs === undefined ? undefined : setTimeout(() => settle('too-slow'), limits.deadlineMs);
    function settle(result: Buffer | 'too-large' | 'too-slow') {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    }
    req.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > limits.maxBytes) {
        chunks.length = 0;
        settle('too-large');
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => settle(Buffer.concat(chunks)));
    req.on('error', (error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      reject(error);
    });
  });
}
