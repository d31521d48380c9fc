/**
 * The store's prerendered pages, locally: rendered into a folder (the site bucket's stand-in, served by the shell's
 * static server) at start-up from the apps' Node builds, then kept in step with the catalog: each change on the books
 * table's stream re-renders the pages it shows on (shell/prerender/).
 */
import { join } from 'node:path';
import { configureFolio, type FolioOutputs } from '@folio/config/web/amplify';
import { createPrerenderer, type Prerenderer, type RenderReport } from '@folio/shell/prerender/prerender-site';
import { folderOutput } from '@folio/shell/prerender/site-output';
import { followBooksStream, type StreamFollower } from './books-stream';
import { REPO_ROOT } from './static-apps';
import type { Stack } from './stack';
import type { PortName } from '@folio/config';
import { remotesJson } from '@folio/config/web/federation';

export const SITE_DIR = join(REPO_ROOT, 'backend', '.folio', 'site');

export interface LocalSite {
  readonly dir: string;
  readonly prerenderer: Prerenderer;
  /** The first full render. */
  readonly firstRender: RenderReport;
  stop(): Promise<void>;
}

export async function startLocalSite(options: {
  outputs: FolioOutputs;
  shellUrl: string;
  /** remotes.json as the shell serves it. */
  remotes: Readonly<Record<string, string>>;
  dynamodbEndpoint: string;
  region: string;
  booksTable: string;
  dir?: string;
  repoRoot?: string;
  log?: (line: string) => void;
}): Promise<LocalSite> {
  const { outputs, dir = SITE_DIR, repoRoot = REPO_ROOT, log = () => undefined } = options;
  // The renderer runs the apps' code in this process: their reads go to the stack's API as a guest.
  configureFolio(outputs);
  const prerenderer = createPrerenderer({
    repoRoot,
    site: { url: options.shellUrl, imageBaseUrl: outputs.custom?.folio?.imageBaseUrl ?? '' },
    output: folderOutput(dir),
    remotes: options.remotes,
    log,
  });
  // Changes while the first render runs are followed too: the stream is read from before it.
  const follower: StreamFollower = await followBooksStream({
    endpoint: options.dynamodbEndpoint,
    region: options.region,
    tableName: options.booksTable,
    log,
    async onChanges(changes) {
      const report = await prerenderer.renderBookChanges(changes);
      log(`prerender: ${report.paths.join(', ')} rendered again in ${Math.round(report.ms)} ms`);
    },
  });
  const firstRender = await prerenderer.renderAll();
  return { dir, prerenderer, firstRender, stop: () => follower.stop() };
}

/** The site of a running stack whose shell is served on `ports` (npm start, the e2e tests, npm run perf). */
export function startStackSite(
  stack: Stack,
  outputs: unknown,
  ports: Readonly<Record<PortName, number>>,
  options: { dir?: string; log?: (line: string) => void } = {},
): Promise<LocalSite> {
  return startLocalSite({
    outputs: outputs as FolioOutputs,
    shellUrl: `http://localhost:${ports.shell}`,
    remotes: remotesJson(ports),
    dynamodbEndpoint: stack.urls.dynamodb,
    region: stack.config.region,
    booksTable: stack.config.tables.Books,
    ...options,
  });
}
