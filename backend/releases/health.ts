/**
 * Health per version: the shell beacons each remote load or render failure with the remote and the version it
 * chose (config/web/remote-health.ts); the stack counts them per version and keeps the counts beside the
 * remote's releases (health.json in its bucket), where `npm run releases` reads them. A canary that fails
 * CANARY_FAILURE_LIMIT times is rolled back at once.
 */
import { REMOTES } from '@folio/config';

export const CANARY_FAILURE_LIMIT = 5;

export interface FailureReport {
  readonly remote: string;
  readonly version: string;
  readonly kind: 'load' | 'render';
}

/** Version → failures counted, of one remote. */
export type FailureCounts = Record<string, number>;

/** The report in a beacon's body, or undefined if it is not one (anyone may post to the endpoint). */
export function parseReport(body: string): FailureReport | undefined {
  let parsed: Partial<FailureReport>;
  try {
    parsed = JSON.parse(body) as Partial<FailureReport>;
  } catch {
    return undefined;
  }
  const { remote, version, kind } = parsed;
  if (!REMOTES.some((r) => r.name === remote)) return undefined;
  if (typeof version !== 'string' || !/^v\d+$/.test(version)) return undefined;
  if (kind !== 'load' && kind !== 'render') return undefined;
  return { remote: remote!, version, kind };
}

export const countFailure = (counts: FailureCounts, version: string): FailureCounts => ({
  ...counts,
  [version]: (counts[version] ?? 0) + 1,
});

export const canaryFailing = (counts: FailureCounts, canary: string | undefined): boolean =>
  canary !== undefined && (counts[canary] ?? 0) >= CANARY_FAILURE_LIMIT;
