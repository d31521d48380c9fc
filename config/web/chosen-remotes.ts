/**
 * The version of each remote this page loads. index.html's inline script chooses them (choose-remotes.js: the
 * visitor's bucket, canary weights, a developer's override) as soon as /remotes.json is in, prefetches their
 * manifests and leaves its choice here; the page registers that choice, so the script's logic is not in main.js
 * twice. Without the script's choice (a test, or a start-up retried after its fetch failed) every remote gets its
 * default version, which is never wrong, only not a canary.
 */
import type { ChosenRemotes, DiscoveryDocument } from './choose-remotes';

declare global {
  var folioChosenRemotes: ChosenRemotes | undefined;
}

export type RemotesFile = DiscoveryDocument | Readonly<Record<string, string>>;

/** Each remote's default version (a dev server's list: its one manifest per remote). */
function defaults(file: RemotesFile): ChosenRemotes {
  const chosen: ChosenRemotes = { manifests: {}, versions: {}, overrides: {} };
  const list = (file as DiscoveryDocument).microFrontends;
  for (const name in list ?? file) {
    const entry = list ? (list[name].find((e) => e.deployment.default) ?? list[name][0]) : undefined;
    const url = list ? entry?.url : (file as Record<string, string>)[name];
    if (!url) continue;
    chosen.manifests[name] = url;
    chosen.versions[name] = entry?.metadata.version ?? 'dev';
  }
  return chosen;
}

/** The script's choice (taken once: a later call chooses afresh), else the default versions of `file`. */
export function chosenRemotes(file: RemotesFile): ChosenRemotes {
  const chosen = globalThis.folioChosenRemotes ?? defaults(file);
  delete globalThis.folioChosenRemotes;
  return chosen;
}
