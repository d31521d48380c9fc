/**
 * Gate: a remote version may go live only if the live shell provides every shared module it consumes. Production
 * remotes bring no copy of a shared module (config/web/federation.js, `import: false`): one the shell lacks fails
 * in the visitor's browser. What the shell provides is read from the live shell's mf-manifest.json; what the
 * remote consumes from its built entry (every consumed module is listed there by its share key, with its version
 * in the remote's own manifest when webpack records one, else the version installed for the remote).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SharedModule {
  readonly name: string;
  readonly version?: string;
}

interface Manifest {
  readonly shared?: readonly { name: string; version?: string }[];
}

/** What a shell's mf-manifest.json says it provides. */
export function providedBy(shellManifest: Manifest): SharedModule[] {
  return (shellManifest.shared ?? []).map((s) => ({ name: s.name, version: s.version }));
}

function installedVersion(name: string, appDir: string): string | undefined {
  const pkg = name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : name.split('/')[0];
  try {
    const file = require.resolve(`${pkg}/package.json`, { paths: [appDir] });
    return (JSON.parse(readFileSync(file, 'utf8')) as { version?: string }).version;
  } catch {
    return undefined; // a package without an exported package.json: only its name is checked
  }
}

/** The shared modules a remote's build consumes (its dist folder), with the versions it was built against. */
export function consumedBy(dist: string, appDir: string): SharedModule[] {
  const entry = readFileSync(join(dist, 'remoteEntry.js'), 'utf8');
  const manifest = JSON.parse(readFileSync(join(dist, 'mf-manifest.json'), 'utf8')) as Manifest;
  const recorded = new Map((manifest.shared ?? []).map((s) => [s.name, s.version]));
  const names = new Set([...entry.matchAll(/shareKey:"([^"]+)"/g)].map((m) => m[1]));
  return [...names].sort().map((name) => ({ name, version: recorded.get(name) ?? installedVersion(name, appDir) }));
}

const major = (version: string): string => version.split('.')[0];

/** Why the remote cannot run on the live shell: one line per missing or incompatible module; empty if it can. */
export function sharedMismatches(consumed: readonly SharedModule[], provided: readonly SharedModule[]): string[] {
  const byName = new Map(provided.map((p) => [p.name, p.version]));
  return consumed.flatMap((need) => {
    const wanted = `${need.name}${need.version ? ` ${need.version}` : ''}`;
    if (!byName.has(need.name)) return [`needs shared module ${wanted}, which the live shell does not provide`];
    const has = byName.get(need.name);
    if (need.version && has && major(need.version) !== major(has))
      return [`needs shared module ${wanted}, but the live shell provides ${need.name} ${has}`];
    return [];
  });
}
