/**
 * Reports a remote's load or render failure with the version this page chose (choose-remotes.js), so the store
 * counts failures per released version and rolls back a failing canary (backend/releases/health.ts). Only
 * released versions (`v3`) are reported: a dev server's or an override's failures are the developer's.
 */
const versions = new Map<string, string>();

/** Where the shell's server counts the reports (backend/local/static-apps.ts BEACON_PATH). */
export const HEALTH_BEACON = '/health-beacon';

export function setRemoteVersions(chosen: Readonly<Record<string, string>>): void {
  for (const [remote, version] of Object.entries(chosen)) versions.set(remote, version);
}

export const remoteVersion = (remote: string): string | undefined => versions.get(remote);

export function reportRemoteFailure(remote: string, kind: 'load' | 'render'): void {
  const version = versions.get(remote);
  if (!version || !/^v\d+$/.test(version) || typeof navigator.sendBeacon !== 'function') return;
  navigator.sendBeacon(HEALTH_BEACON, JSON.stringify({ remote, version, kind }));
}
