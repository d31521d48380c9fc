/**
 * Production builds of the four apps (`lerna run build`: webpack, swc, production mode). nx caches them, so an
 * unchanged app is restored in well under a second; a cold build of all four takes about half a minute here.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { REPO_ROOT } from './static-apps';

export async function buildApps({
  repoRoot = REPO_ROOT,
  log = () => undefined,
}: { repoRoot?: string; log?: (line: string) => void } = {}): Promise<void> {
  const lerna = join(repoRoot, 'node_modules', '.bin', 'lerna');
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(lerna, ['run', 'build', '--concurrency', '2'], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', FORCE_COLOR: '0' },
    });
    const collect = (chunk: Buffer) => {
      for (const line of stripVTControlCharacters(chunk.toString()).split('\n')) {
        if (!line.trim()) continue;
        output.push(line);
        if (/Successfully ran|Ran target|cache|Failed|error/i.test(line)) log(line.trim());
      }
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('error', reject);
    child.once('close', resolve);
  });
  if (code !== 0)
    throw new Error(`Building the apps failed (lerna run build exited with ${code}):\n${output.slice(-40).join('\n')}`);
}
