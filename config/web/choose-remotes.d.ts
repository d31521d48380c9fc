/** A version of a remote in a frontend-discovery document (the released store's /remotes.json). */
export interface DiscoveryEntry {
  readonly url: string;
  readonly metadata: { readonly version: string; readonly integrity?: string };
  readonly deployment: { readonly traffic: number; readonly default: boolean };
}

/** The shape of AWS's frontend-discovery pattern: per remote its versions, each with a share of the traffic. */
export interface DiscoveryDocument {
  readonly schema: string;
  readonly microFrontends: Readonly<Record<string, readonly DiscoveryEntry[]>>;
}

export interface ChosenRemotes {
  /** Remote name → the mf-manifest.json URL this page loads. */
  readonly manifests: Record<string, string>;
  /** Remote name → the version chosen (`dev` from a dev server's list, `override` from a developer's override). */
  readonly versions: Record<string, string>;
  /** Remote name → the dev server origin a developer's override loads it from. */
  readonly overrides: Record<string, string>;
}

type Store = Pick<Storage, 'getItem' | 'setItem'>;

declare function folioChooseRemotes(
  file: DiscoveryDocument | Readonly<Record<string, string>>,
  storage: Store,
  session: Store,
  search: string,
): ChosenRemotes;
export default folioChooseRemotes;
