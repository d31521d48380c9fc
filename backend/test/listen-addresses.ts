/**
 * Where a port can be reached from, measured from outside the server: a TCP connect to 127.0.0.1 and to every
 * non-loopback address of this machine, and (on Linux) the kernel's own table of listening sockets.
 */
import { existsSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';

/** This machine's addresses other than the loopback ones: how another host on its networks would call it. */
export function outsideAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a) => a && !a.internal && !a.address.startsWith('fe80:'))
    .map((a) => a!.address);
}

/** Resolves true if a TCP connection to host:port opens, false if it is refused or times out. */
export function accepts(host: string, port: number, timeoutMs = 2000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: timeoutMs });
    const done = (open: boolean) => {
      socket.destroy();
      resolve(open);
    };
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.once('timeout', () => done(false));
  });
}

const LOOPBACK = new Set([
  '0100007F', // 127.0.0.1 in /proc/net/tcp (little-endian)
  '0000000000000000FFFF00000100007F', // ::ffff:127.0.0.1 in /proc/net/tcp6 (Java's dual-stack sockets)
  '00000000000000000000000001000000', // ::1
]);

/**
 * The local addresses of the sockets listening on `port` from /proc/net/tcp and tcp6, each marked loopback or
 * not; null where the kernel does not publish them (not Linux).
 */
export function listeners(port: number): { address: string; loopback: boolean }[] | null {
  if (!existsSync('/proc/net/tcp')) return null;
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const found: { address: string; loopback: boolean }[] = [];
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (state !== '0A' || !local?.endsWith(`:${hexPort}`)) continue; // 0A: LISTEN
      const address = local.slice(0, -5);
      found.push({ address, loopback: LOOPBACK.has(address) });
    }
  }
  return found;
}
