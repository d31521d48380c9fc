/**
 * The prerenderer: renders the store's pages (site-pages.ts) with the apps' Node builds (render-page.ts) into the
 * site bucket (site-output.ts), with /sitemap.xml and /robots.txt. Used by the local stack at start-up and on each
 * change to the books table (its stream), by the renderer Lambda on AWS, by a remote's release
 * (`renderRemotePages`) and by the benchmark.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SiteBook } from '@folio/contract/documents/site';
import { pageDocument } from './document';
import { headTags, type Site } from './head';
import { readCatalog } from './read-catalog';
import { loadRenderer, type Renderer } from './render-page';
import type { SiteOutput } from './site-output';
import { allPages, bookPage, pagesOfBookChange, type SitePage } from './site-pages';
import { robotsTxt, sitemapXml } from './sitemap';

export interface PrerenderOptions {
  repoRoot: string;
  site: Site;
  output: SiteOutput;
  /** Pages rendered at once (their reads overlap; rendering itself is synchronous). */
  concurrency?: number;
  log?: (line: string) => void;
  /** The catalog, when the caller has it (the benchmark); else read through the API. */
  readBooks?: () => Promise<SiteBook[]>;
  /** remotes.json as the browser gets it (remote → its mf-manifest.json URL): where the areas' style sheets are. */
  remotes: Readonly<Record<string, string>>;
}

export interface RenderReport {
  readonly pages: number;
  readonly failed: readonly { path: string; error: string }[];
  readonly ms: number;
}

/** A book change from the books table's stream: its old and new image (either missing on insert or delete). */
export interface BookChange {
  readonly before?: SiteBook;
  readonly after?: SiteBook;
}

export interface Prerenderer {
  renderAll(): Promise<RenderReport>;
  /** `paths`: the pages' URLs; `keys`: every file written or removed (for a CDN's invalidation). */
  renderBookChanges(changes: readonly BookChange[]): Promise<RenderReport & { paths: string[]; keys: string[] }>;
  /** After a remote's release: loads the new Node builds and renders again every page that remote's area shows. */
  renderRemotePages(remote: string): Promise<RenderReport>;
}

/**
 * The style sheets a page's markup needs before it paints: the shell's (its frame's CSS is a chunk its start-up
 * code would load) and each prerendered remote's `routes` (its manifest's CSS, which the federation runtime would
 * load with the module). Linked in <head>, the HTML paints styled and does not move when the scripts arrive.
 */
export function stylesheets(repoRoot: string, remotes: Readonly<Record<string, string>>): string[] {
  const shellDist = join(repoRoot, 'shell', 'dist');
  const shell = readdirSync(shellDist)
    .filter((file) => file.endsWith('.css'))
    .map((file) => `/${file}`);
  const fromRemotes = Object.entries(remotes).flatMap(([remote, manifestUrl]) => {
    const file = join(repoRoot, remote, 'dist', 'mf-manifest.json');
    if (!existsSync(file) || !existsSync(join(repoRoot, remote, 'dist', 'node'))) return [];
    const manifest = JSON.parse(readFileSync(file, 'utf8')) as {
      exposes: { name: string; assets: { css: { sync: string[] } } }[];
    };
    const routes = manifest.exposes.find((exposed) => exposed.name === 'routes');
    return (routes?.assets.css.sync ?? []).map((css) => new URL(css, manifestUrl).href);
  });
  return [...shell, ...fromRemotes];
}

export function createPrerenderer(options: PrerenderOptions): Prerenderer {
  const { repoRoot, site, output, concurrency = 8, log = () => undefined } = options;
  const readBooks = options.readBooks ?? readCatalog;
  let renderer: Renderer = loadRenderer(repoRoot, log);
  const indexHtml = () => readFileSync(join(repoRoot, 'shell', 'dist', 'index.html'), 'utf8');

  async function renderPages(pages: readonly SitePage[]): Promise<RenderReport> {
    const started = performance.now();
    const shellHtml = indexHtml();
    const styles = stylesheets(repoRoot, options.remotes);
    const failed: { path: string; error: string }[] = [];
    let next = 0;
    const worker = async () => {
      while (next < pages.length) {
        const page = pages[next++];
        try {
          const rendered = await renderer.render(page.path);
          const head = headTags(site, page.head, { indexable: page.indexable });
          const data = page.indexable ? rendered.data : undefined;
          await output.write(page.key, pageDocument(shellHtml, { head, styles, html: rendered.html, data }));
        } catch (error) {
          // The page keeps its last render (or, never rendered, the server's single-page fallback).
          failed.push({ path: page.path, error: (error as Error).message });
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(concurrency, pages.length) }, worker));
    for (const { path, error } of failed.slice(0, 5)) log(`prerender: ${path} failed: ${error}`);
    return { pages: pages.length - failed.length, failed, ms: performance.now() - started };
  }

  async function writeIndexes(books: readonly SiteBook[]) {
    await output.write('sitemap.xml', sitemapXml(site.url, books));
    await output.write('robots.txt', robotsTxt(site.url));
  }

  return {
    async renderAll() {
      const books = await readBooks();
      const report = await renderPages(allPages(site, books));
      await writeIndexes(books);
      return report;
    },
    async renderBookChanges(changes) {
      const pages = new Map<string, SitePage>();
      const removed: string[] = [];
      let listChanged = false;
      for (const { before, after } of changes) {
        const genres = [before?.genre, after?.genre].filter((g): g is string => Boolean(g));
        for (const page of pagesOfBookChange(site, genres, after)) pages.set(page.key, page);
        if (before && !after) {
          const key = bookPage(site, before).key;
          removed.push(key);
          await output.remove(key);
        }
        if (!before || !after) listChanged = true;
      }
      const report = await renderPages([...pages.values()]);
      // The sitemap lists every book: read again only when one came or went (a lastmod may lag until then).
      if (listChanged) await writeIndexes(await readBooks());
      const indexes = listChanged ? ['sitemap.xml', 'robots.txt'] : [];
      return {
        ...report,
        paths: [...pages.values()].map((page) => page.path),
        keys: [...[...pages.values()].map((page) => page.key), ...removed, ...indexes],
      };
    },
    async renderRemotePages(remote) {
      renderer = loadRenderer(repoRoot, log);
      const books = await readBooks();
      // Every prerendered page's main area is the catalog's; the frame (and its 404 page) is the shell's.
      const pages = allPages(site, books).filter((page) =>
        remote === 'shell' ? true : remote === 'catalog' ? page.key !== '404.html' : false,
      );
      return renderPages(pages);
    },
  };
}
