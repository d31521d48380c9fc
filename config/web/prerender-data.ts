/**
 * The answers a prerendered page was rendered with, so its first client render (hydration) shows the same content
 * the HTML holds instead of a loading state. Kept on `globalThis` under a registered symbol rather than in a React
 * context: each app bundles its own copy of this module (and of useQuery), and all of them must see one store.
 *
 * In Node (shell/prerender/) the renderer installs a collecting store: a read that is not in it yet is started and
 * remembered, the renderer awaits them all and renders again. In the browser the shell installs what the page's
 * `<script id="folio-data">` holds before it hydrates.
 */
const STORE = Symbol.for('folio.prerender-data');

export interface PrerenderStore {
  /** Answers by query key. */
  readonly data: Record<string, unknown>;
  /** Only while prerendering: reads the page asked for and the store did not hold yet. */
  readonly pending?: Map<string, Promise<unknown>>;
}

type WithStore = typeof globalThis & { [STORE]?: PrerenderStore };

export function installPrerenderStore(store: PrerenderStore | undefined): void {
  (globalThis as WithStore)[STORE] = store;
}

/** The prerendered answer for `key`, if the page was rendered with one. */
export function prerendered<T>(key: string): { value: T } | undefined {
  const store = (globalThis as WithStore)[STORE];
  return store && Object.hasOwn(store.data, key) ? { value: store.data[key] as T } : undefined;
}

/** While prerendering: asks the renderer to read `key` before its next pass. Does nothing in a browser. */
export function requestPrerender(key: string, load: () => Promise<unknown>): void {
  const pending = (globalThis as WithStore)[STORE]?.pending;
  if (pending && !pending.has(key)) pending.set(key, load());
}

/** The element of a prerendered page that holds its reads (shell/prerender/document.ts writes it). */
export const PRERENDER_DATA_ELEMENT = 'folio-data';

/** The reads a prerendered page was rendered with, or undefined for a page the browser renders from nothing. */
export function readPrerenderedData(
  // Structural: this module is also compiled for Node (the prerenderer), where there is no DOM type.
  doc: { getElementById(id: string): { textContent: string | null } | null },
): Record<string, unknown> | undefined {
  const element = doc.getElementById(PRERENDER_DATA_ELEMENT);
  if (!element?.textContent) return undefined;
  try {
    return JSON.parse(element.textContent) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}
