/**
 * The renderer needs each remote's mf-manifest.json URL (its areas' style sheets). On AWS /remotes.json is the
 * releases' frontend-discovery document (backend/releases/discovery.ts): the pages get each remote's default
 * version, the one every visitor outside a canary loads. A plain name → URL map (the local stack's) is taken as is;
 * no remotes.json yet (no release) is no remote style sheet, not a failed render.
 */
import type { DiscoveryDocument } from '@folio/config/web/choose-remotes';

export function defaultManifests(
  file: DiscoveryDocument | Readonly<Record<string, string>> | undefined,
): Record<string, string> {
  if (!file) return {};
  if (!('microFrontends' in file) || typeof file.microFrontends !== 'object') {
    return { ...(file as Readonly<Record<string, string>>) };
  }
  const manifests: Record<string, string> = {};
  for (const [remote, entries] of Object.entries((file as DiscoveryDocument).microFrontends)) {
    const chosen = entries.find((entry) => entry.deployment.default) ?? entries[entries.length - 1];
    if (chosen) manifests[remote] = chosen.url;
  }
  return manifests;
}
