/**
 * Renders one page of the store in Node from the apps' Node builds (`webpack --env node`, dist/node/): the shell's
 * frame, and in its main area the owning remote's own exposed module, so every team's markup is its own code.
 *
 * A page's reads (useQuery, usePagedQuery) are collected while it renders (config/web/prerender-data.ts); the
 * renderer awaits them and renders again until a pass asks for nothing new. The answers go into the page, so the
 * browser hydrates with the same data. renderToString, not the streaming prerender: the streaming one split the
 * large catalog area into a hidden div and a swap script that raced hydration.
 */
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createElement, type ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import { installPrerenderStore, type PrerenderStore } from '@folio/config/web/prerender-data';
import { REMOTES } from '@folio/config';

type AnyComponent = ComponentType<Record<string, unknown>>;

/** What shell/prerender/frame.tsx exports, as built. */
interface FrameBuild {
  PrerenderedPage: ComponentType<{ path: string }>;
  provideRemoteComponent(id: string, component: AnyComponent): void;
  areaFor(pathname: string): { remote: string } | undefined;
}

export interface Renderer {
  /** The remotes whose Node build was found (a page of another remote's area is not prerendered). */
  readonly remotes: readonly string[];
  render(path: string): Promise<RenderedPage>;
}

export interface RenderedPage {
  /** The frame's markup, for `<div id="root">`. */
  readonly html: string;
  /** The reads the page was rendered with, for the browser's hydration. */
  readonly data: Record<string, unknown>;
}

const MAX_PASSES = 4;

/** The Node builds are CommonJS files found at run time: loaded with Node's own loader, not bundled or imported. */
const loadBuild = createRequire(__filename);

/** Loads a build, fresh: a remote's new release replaces its files and the next render uses them. */
function requireFresh(file: string): unknown {
  delete loadBuild.cache[loadBuild.resolve(file)];
  return loadBuild(file);
}

/**
 * Loads the shell's frame and every remote's exposed modules from their Node builds under `repoRoot`. A remote
 * without one (not built, or its build is broken) is reported, and its areas are not prerendered.
 */
export function loadRenderer(repoRoot: string, log: (line: string) => void = () => undefined): Renderer {
  const frameFile = join(repoRoot, 'shell', 'dist', 'node', 'frame.js');
  if (!existsSync(frameFile))
    throw new Error(`No Node build of the shell in ${frameFile}: run \`npm run build\` first.`);
  const frame = requireFresh(frameFile) as FrameBuild;
  const remotes: string[] = [];
  for (const remote of REMOTES) {
    const folder = join(repoRoot, remote.name, 'dist', 'node');
    if (!existsSync(folder)) continue;
    try {
      for (const file of readdirSync(folder)) {
        // Exposed modules are the un-hashed files; hashed ones are their lazy chunks.
        const match = /^([\w-]+)\.js$/.exec(file);
        if (!match) continue;
        const exposed = requireFresh(join(folder, file)) as { default?: AnyComponent };
        if (exposed.default) frame.provideRemoteComponent(`${remote.name}/${match[1]}`, exposed.default);
      }
      remotes.push(remote.name);
    } catch (error) {
      log(
        `prerender: ${remote.name}'s Node build failed to load (${(error as Error).message}); its pages keep their last render`,
      );
    }
  }
  return {
    remotes,
    async render(path) {
      const area = frame.areaFor(path)?.remote;
      if (area && !remotes.includes(area)) throw new Error(`${path}: ${area} has no Node build to render it`);
      const store: Required<PrerenderStore> = { data: {}, pending: new Map() };
      for (let pass = 1; ; pass++) {
        installPrerenderStore(store);
        let html: string;
        try {
          html = renderToString(createElement(frame.PrerenderedPage, { path }));
        } finally {
          installPrerenderStore(undefined);
        }
        if (store.pending.size === 0) return { html, data: store.data };
        if (pass === MAX_PASSES) throw new Error(`${path}: still reading after ${MAX_PASSES} renders`);
        const reads = [...store.pending];
        store.pending.clear();
        const answers = await Promise.all(reads.map(async ([key, read]) => [key, await read] as const));
        for (const [key, answer] of answers) store.data[key] = answer;
      }
    },
  };
}
