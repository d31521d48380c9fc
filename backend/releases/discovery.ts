/**
 * /remotes.json of the released store, in the shape of AWS's frontend-discovery pattern: per remote the versions
 * a visitor may get, each with its manifest URL and share of the traffic. The shell chooses one per visitor
 * (config/web/choose-remotes.js).
 */
import type { DiscoveryDocument, DiscoveryEntry } from '@folio/config/web/choose-remotes';
import type { ReleaseState } from './release-state';

export const DISCOVERY_SCHEMA = 'https://mfewg.org/schema/v1-pre.json';

/** Where a version's files are served: `<origin>/<version>/…` (immutable: a version path never changes). */
export const manifestUrl = (origin: string, version: string): string => `${origin}/${version}/mf-manifest.json`;

function entry(origin: string, version: string, traffic: number, isDefault: boolean): DiscoveryEntry {
  return { url: manifestUrl(origin, version), metadata: { version }, deployment: { traffic, default: isDefault } };
}

/** The canary first (it takes the low buckets), then the live version, the default for everyone else. */
export function discoveryEntries(state: ReleaseState, origin: string): DiscoveryEntry[] {
  if (!state.live) return [];
  const canary = state.canary;
  if (!canary) return [entry(origin, state.live, 100, true)];
  return [entry(origin, canary.version, canary.weight, false), entry(origin, state.live, 100 - canary.weight, true)];
}

export function discoveryDocument(remotes: readonly { state: ReleaseState; origin: string }[]): DiscoveryDocument {
  return {
    schema: DISCOVERY_SCHEMA,
    microFrontends: Object.fromEntries(remotes.map((r) => [r.state.remote, discoveryEntries(r.state, r.origin)])),
  };
}
