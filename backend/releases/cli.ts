/**
 * The release commands, run against the local stack (`npm start` must be running):
 *   release <remote> [--canary <percent>]   publish <remote>/dist as a new version (after the gates)
 *   promote <remote>                        the canary becomes live for everyone
 *   rollback <remote>                       drop the canary, or go back to the previous live version
 *   list                                    every remote's versions (`npm run releases`)
 * The remotes' package.json scripts build first (`npm run release -w catalog`); nothing here touches the shell.
 * `--aws` acts on the deployed store instead (aws.ts): the same steps, the remote's stack uploads the version,
 * and the shell's /remotes.json is rewritten after each change. Health counts are local only.
 */
import { REMOTES } from '@folio/config';
import { localConfig } from '../local/config';
import { deployVersion, readAwsTargets, awsReleaseClient, writeDiscovery } from './aws';
import { readState, writeState } from './bucket';
import { localReleaseClient, remoteOrigins } from './local';
import { publish } from './publish';
import { parseWeight, promote, ReleaseError, rollback } from './release-state';
import { releasesReport } from './report';
import { readHealth } from './served-releases';

function remoteArg(name: string | undefined): string {
  if (!REMOTES.some((r) => r.name === name))
    throw new ReleaseError(`name a remote: ${REMOTES.map((r) => r.name).join(', ')} (got ${name ?? 'none'})`);
  return name!;
}

async function liveShellManifest(shellOrigin: string): Promise<{ shared?: { name: string; version?: string }[] }> {
  const url = `${shellOrigin}/mf-manifest.json`;
  const response = await fetch(url).catch(() => undefined);
  if (!response?.ok)
    throw new ReleaseError(
      `the live shell's ${url} cannot be read: is \`npm start\` running (or FolioShell deployed)?`,
    );
  return (await response.json()) as { shared?: { name: string; version?: string }[] };
}

/** The AWS mode: every command reads and writes the deployed buckets, then rewrites /remotes.json. */
async function mainAws(command: string | undefined, args: string[]): Promise<void> {
  const targets = readAwsTargets();
  const s3 = awsReleaseClient();
  const log = (line: string) => console.log(line);
  const bucketOf = (remote: string) => targets.remotes[remote].bucket;
  if (command === 'list') {
    const remotes = await Promise.all(
      REMOTES.map(async (r) => ({ state: await readState(s3, r.name, bucketOf(r.name)), failures: {} })),
    );
    log(releasesReport(remotes));
    return;
  }
  const remote = remoteArg(args[0]);
  let note: string;
  if (command === 'release') {
    const i = args.indexOf('--canary');
    const canary = i === -1 ? undefined : parseWeight(args[i + 1] ?? '');
    const shellManifest = await liveShellManifest(targets.shell.url);
    const upload = deployVersion(remote, log);
    const state = await publish(s3, { remote, shellManifest, canary, log, bucket: bucketOf(remote), upload });
    note = `${state.note} (served from ${targets.remotes[remote].url}/${state.versions.at(-1)!.version}/)`;
  } else if (command === 'promote' || command === 'rollback') {
    const state = await readState(s3, remote, bucketOf(remote));
    const next = command === 'promote' ? promote(state) : rollback(state);
    await writeState(s3, next, bucketOf(remote));
    note = next.note ?? command;
  } else {
    throw new ReleaseError(`unknown command ${command ?? ''}: release, promote, rollback or list`);
  }
  await writeDiscovery(s3, targets);
  log(`${remote}: ${note}; ${targets.shell.url}/remotes.json rewritten`);
}

async function main([command, ...rest]: string[]): Promise<void> {
  const args = rest.filter((a) => a !== '--aws');
  if (args.length !== rest.length) return mainAws(command, args);
  const c = localConfig();
  const s3 = localReleaseClient(c);
  const origins = remoteOrigins(c.ports);
  const log = (line: string) => console.log(line);
  if (command === 'list') {
    const remotes = await Promise.all(
      REMOTES.map(async (r) => ({ state: await readState(s3, r.name), failures: await readHealth(s3, r.name) })),
    );
    log(releasesReport(remotes));
    return;
  }
  const remote = remoteArg(args[0]);
  if (command === 'release') {
    const i = args.indexOf('--canary');
    const canary = i === -1 ? undefined : parseWeight(args[i + 1] ?? '');
    const shellManifest = await liveShellManifest(`http://localhost:${c.ports.shell}`);
    const state = await publish(s3, { remote, shellManifest, canary, log });
    log(`${remote}: ${state.note} (served from ${origins[remote]}/${state.versions.at(-1)!.version}/)`);
  } else if (command === 'promote' || command === 'rollback') {
    const state = await readState(s3, remote);
    const next = command === 'promote' ? promote(state) : rollback(state);
    await writeState(s3, next);
    log(`${remote}: ${next.note}`);
  } else {
    throw new ReleaseError(`unknown command ${command ?? ''}: release, promote, rollback or list`);
  }
}

main(process.argv.slice(2)).then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof ReleaseError ? error.message : ((error as Error).stack ?? String(error)));
    process.exit(1);
  },
);
