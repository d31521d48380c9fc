/**
 * A POST from another source address (an Agent with its own `localAddress`, e.g. 127.0.0.2: all of 127.0.0.0/8 is
 * loopback on Linux), so the gateway sees another host, as an attacker and a shopper are. fetch cannot choose it.
 */
import { request, type Agent } from 'node:http';

export interface Posted {
  status: number;
  bytes: number;
  retryAfter?: string;
}

export function postFrom(agent: Agent, url: string, body: string, headers: Record<string, string>): Promise<Posted> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: '127.0.0.1',
        port: target.port,
        path: target.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), ...headers },
      },
      (res) => {
        let bytes = 0;
        res.on('data', (chunk: Buffer) => (bytes += chunk.length));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, bytes, retryAfter: res.headers['retry-after'] }));
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}
