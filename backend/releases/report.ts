/** `npm run releases`: per remote its versions, newest first, with when, from which commit, role and failures. */
import type { FailureCounts } from './health';
import type { ReleaseState } from './release-state';

const when = (iso: string): string => `${iso.slice(0, 16).replace('T', ' ')} UTC`;

function role(state: ReleaseState, version: string): string {
  if (state.live === version) return 'live';
  if (state.canary?.version === version) return `canary ${state.canary.weight} %`;
  return state.history.includes(version) ? 'earlier live' : '';
}

export function releasesReport(remotes: readonly { state: ReleaseState; failures: FailureCounts }[]): string {
  return remotes
    .map(({ state, failures }) => {
      const head = `${state.remote}: live ${state.live ?? 'none'}${state.canary ? ` · canary ${state.canary.version} at ${state.canary.weight} %` : ''}${state.note ? ` · last: ${state.note}` : ''}`;
      const rows = [...state.versions]
        .reverse()
        .map(
          (v) =>
            `  ${v.version.padEnd(5)} ${when(v.at)}  ${v.commit.padEnd(14)} ${role(state, v.version).padEnd(14)} failures ${failures[v.version] ?? 0}`,
        );
      return [head, ...(rows.length ? rows : ['  (no version published)'])].join('\n');
    })
    .join('\n\n');
}
