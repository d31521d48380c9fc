/** Port checks before anything starts, so a clash is reported by name instead of as a crash later. */
import { createServer } from 'node:net';

export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer()
      .once('error', () => resolve(false))
      .once('listening', () => server.close(() => resolve(true)))
      .listen(port, '127.0.0.1');
  });
}

export class PortInUseError extends Error {
  constructor(
    readonly service: string,
    readonly port: number,
    readonly variable: string,
  ) {
    super(`Port ${port} (${service}) is already in use. Stop what uses it, or move it: ${variable}=<port> npm start`);
    this.name = 'PortInUseError';
  }
}

export async function assertPortsFree(wanted: Record<string, { port: number; variable: string }>): Promise<void> {
  for (const [service, { port, variable }] of Object.entries(wanted)) {
    if (!(await isPortFree(port))) throw new PortInUseError(service, port, variable);
  }
}

/** Polls until `check` resolves true or the deadline passes. */
export async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`${what} did not become healthy within ${timeoutMs / 1000} s`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export const httpOk = (url: string, init?: RequestInit) => async () => (await fetch(url, init)).status < 500;
