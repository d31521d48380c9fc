/**
 * A remote's releases as one small document kept in its bucket (`releases.json`): every version published (never
 * deleted: open tabs keep loading their chunks), which one is live, the ones live before it (for rollback) and an
 * optional canary with its share of the visitors. Pure functions; bucket.ts reads and writes the document.
 */

export interface PublishedVersion {
  readonly version: string;
  /** ISO time of publication. */
  readonly at: string;
  /** The git commit the build was made from (`+dirty` when the work tree had changes). */
  readonly commit: string;
}

export interface Canary {
  readonly version: string;
  /** Percent of visitors (0-100) sent to the canary. */
  readonly weight: number;
}

export interface ReleaseState {
  readonly remote: string;
  readonly versions: readonly PublishedVersion[];
  readonly live: string | null;
  /** Versions live before `live`, most recent last: what rollback returns to. */
  readonly history: readonly string[];
  readonly canary: Canary | null;
  /** The last thing that happened, for `npm run releases` (a rollback and why). */
  readonly note?: string;
}

export class ReleaseError extends Error {
  override name = 'ReleaseError';
}

export const emptyState = (remote: string): ReleaseState => ({
  remote,
  versions: [],
  live: null,
  history: [],
  canary: null,
});

/** The next version name: v1, v2, … (immutable: a name is never reused, even after a rollback). */
export function nextVersion(state: ReleaseState): string {
  const highest = Math.max(0, ...state.versions.map((v) => Number(/^v(\d+)$/.exec(v.version)?.[1] ?? 0)));
  return `v${highest + 1}`;
}

export function parseWeight(raw: string | number): number {
  const weight = /^\d+$/.test(String(raw)) ? Number(raw) : NaN;
  if (!(weight >= 0 && weight <= 100))
    throw new ReleaseError(`--canary takes a whole percentage from 0 to 100, not ${raw}`);
  return weight;
}

/** Records a published version and makes it live, or the canary at `canaryWeight` percent. */
export function release(state: ReleaseState, published: PublishedVersion, canaryWeight?: number): ReleaseState {
  if (state.versions.some((v) => v.version === published.version))
    throw new ReleaseError(`${state.remote} ${published.version} is already published: versions are immutable`);
  const versions = [...state.versions, published];
  // The first version has nothing to be a canary of: it is live for everyone.
  if (canaryWeight === undefined || state.live === null) return goLive({ ...state, versions }, published.version);
  return {
    ...state,
    versions,
    canary: { version: published.version, weight: canaryWeight },
    note: `canary ${published.version} at ${canaryWeight} %`,
  };
}

function goLive(state: ReleaseState, version: string): ReleaseState {
  const history = state.live && state.live !== version ? [...state.history, state.live] : state.history;
  return { ...state, live: version, history, canary: null, note: `${version} live` };
}

/** The canary becomes live for everyone. */
export function promote(state: ReleaseState): ReleaseState {
  if (!state.canary) throw new ReleaseError(`${state.remote} has no canary to promote`);
  return goLive(state, state.canary.version);
}

/**
 * Back one step: a canary is dropped (the live version stays), otherwise the previous live version is live again.
 * No build, no upload: only releases.json (and so /remotes.json) changes.
 */
export function rollback(state: ReleaseState, reason = 'rollback'): ReleaseState {
  if (state.canary) return { ...state, canary: null, note: `${reason}: canary ${state.canary.version} dropped` };
  const previous = state.history.at(-1);
  if (!previous) throw new ReleaseError(`${state.remote} has no earlier live version to roll back to`);
  return {
    ...state,
    live: previous,
    history: state.history.slice(0, -1),
    note: `${reason}: ${state.live} → ${previous}`,
  };
}
