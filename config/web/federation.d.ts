import type { PortName, RemoteInfo } from '../index';

export declare const HOST: { readonly name: 'shell'; readonly container: 'shell'; readonly port: 'shell' };
export declare const SINGLETON_PACKAGES: readonly string[];
export declare const FOLIO_SINGLETONS: readonly string[];
export declare const HOST_EAGER: ReadonlySet<string>;
export declare function sharedConfig(options?: {
  provide?: boolean;
  host?: boolean;
}): Record<string, { singleton: true; requiredVersion: false; version?: string; import?: false; eager?: true }>;
export declare function exposesOf(appDir: string): Record<string, string>;
/** remotes.json: remote name → URL of its mf-manifest.json. */
export declare function remotesJson(ports?: Readonly<Record<PortName, number>>, host?: string): Record<string, string>;
export declare function appInfo(folderName: string): RemoteInfo | typeof HOST;
