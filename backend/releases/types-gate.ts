/**
 * Gate: a remote's exposed modules must still type-check where they are used. The shell and the other remotes
 * import a remote's exposed modules by name (`catalog/FeaturedShelf`), which tsconfig.web.json maps to that
 * remote's src/exposed/: type-checking each consumer checks the releasing remote's public API against its users.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REMOTES } from '@folio/config';

const REPO_ROOT = join(__dirname, '..', '..');

/** The apps that may consume `remote`'s exposed modules: the shell and every other remote. */
export const consumersOf = (remote: string): string[] => [
  'shell',
  ...REMOTES.map((r) => r.name).filter((name) => name !== remote),
];

/** tsc's errors per consumer that no longer type-checks; empty when all do. */
export function typeErrors(remote: string, repoRoot = REPO_ROOT): string[] {
  const tsc = join(repoRoot, 'node_modules', '.bin', 'tsc');
  return consumersOf(remote).flatMap((app) => {
    const run = spawnSync(tsc, ['--noEmit', '-p', app], { cwd: repoRoot, encoding: 'utf8' });
    if (run.status === 0) return [];
    const errors = `${run.stdout}${run.stderr}`.split('\n').filter((line) => line.includes('error TS'));
    return [`${app} no longer type-checks against ${remote}'s exposed modules:\n  ${errors.slice(0, 10).join('\n  ')}`];
  });
}
