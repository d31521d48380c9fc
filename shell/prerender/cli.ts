/**
 * `npm run prerender -w shell [-- --out DIR] [--remote NAME]`: renders every page of the store into the site
 * folder (default backend/.folio/site, what the local stack serves) from the apps' Node builds and a running
 * stack's API (amplify_outputs.json at the repository root). `--remote catalog` renders again only the pages that
 * remote owns: what a remote's release calls once its new build is in place.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ports } from '@folio/config';
import { configureFolio, type FolioOutputs } from '@folio/config/web/amplify';
import { remotesJson } from '@folio/config/web/federation';
import { createPrerenderer } from './prerender-site';
import { folderOutput } from './site-output';

export const REPO_ROOT = resolve(__dirname, '..', '..');
export const DEFAULT_SITE_DIR = join(REPO_ROOT, 'backend', '.folio', 'site');

function option(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const outputs = JSON.parse(readFileSync(join(REPO_ROOT, 'amplify_outputs.json'), 'utf8')) as FolioOutputs;
  configureFolio(outputs);
  const out = resolve(option('--out') ?? DEFAULT_SITE_DIR);
  const prerenderer = createPrerenderer({
    repoRoot: REPO_ROOT,
    site: {
      url: process.env.FOLIO_SITE_URL ?? `http://localhost:${ports().shell}`,
      imageBaseUrl: outputs.custom?.folio?.imageBaseUrl ?? '',
    },
    output: folderOutput(out),
    remotes: remotesJson(ports()),
    log: console.error,
  });
  const remote = option('--remote');
  const report = remote ? await prerenderer.renderRemotePages(remote) : await prerenderer.renderAll();
  console.log(`${report.pages} pages in ${(report.ms / 1000).toFixed(1)} s → ${out}`);
  if (report.failed.length) {
    console.error(`${report.failed.length} pages failed`);
    process.exitCode = 1;
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exitCode = 1;
});
