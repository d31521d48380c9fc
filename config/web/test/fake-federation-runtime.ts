/**
 * Stands in for `@module-federation/enhanced/runtime` in jest (config/jest.js maps it here). Tests say which
 * exposed modules exist and which remotes are down; loadRemote fails for a remote that is down, like the real
 * runtime when a manifest cannot be fetched.
 */
type Factory = () => unknown;

const modules = new Map<string, Factory>();
const down = new Set<string>();

export const federationCalls = {
  loadRemote: [] as string[],
  registerRemotes: [] as Array<{ remotes: unknown[]; options?: { force?: boolean } }>,
  preloadRemote: [] as Array<Array<{ nameOrAlias: string; exposes?: string[] }>>,
  registerPlugins: [] as Array<Array<{ name: string }>>,
};

export function resetFakeFederation(): void {
  modules.clear();
  down.clear();
  federationCalls.loadRemote.length = 0;
  federationCalls.registerRemotes.length = 0;
  federationCalls.preloadRemote.length = 0;
  federationCalls.registerPlugins.length = 0;
}

/** Makes `id` (e.g. `catalog/routes`) loadable; the factory returns the module (its exports). */
export function provideRemoteModule(id: string, factory: Factory): void {
  modules.set(id, factory);
}

/** Takes a remote down (every load of it fails) or brings it back. */
export function setRemoteDown(remote: string, isDown = true): void {
  if (isDown) down.add(remote);
  else down.delete(remote);
}

export async function loadRemote<T>(id: string): Promise<T | null> {
  federationCalls.loadRemote.push(id);
  const remote = id.split('/')[0];
  if (down.has(remote))
    throw new Error(`[ Federation Runtime ]: RUNTIME-003 Failed to get manifest of ${remote} (fake)`);
  const factory = modules.get(id);
  if (!factory) throw new Error(`[ Federation Runtime ]: RUNTIME-004 ${id} is not provided (fake)`);
  return (await factory()) as T;
}

export function registerRemotes(remotes: unknown[], options?: { force?: boolean }): void {
  federationCalls.registerRemotes.push({ remotes, options });
}

export async function preloadRemote(options: Array<{ nameOrAlias: string; exposes?: string[] }>): Promise<void> {
  federationCalls.preloadRemote.push(options);
}

export function registerPlugins(plugins: Array<{ name: string }>): void {
  federationCalls.registerPlugins.push(plugins);
}

export function getInstance(): null {
  return null;
}
