/**
 * `npm run bench:prerender -w shell [-- --books 10000]`: prerenders a made-up catalog of that many books into a
 * temporary folder and prints the time per page and in all. Needs `npm run build`
 * (the apps' Node builds), no stack: the API's answers come from memory, so the figures are the renderer's own cost
 * (render, head, write), the part that scales with the catalog. Reading each book through the local AppSync
 * simulator adds what `npm start` prints for its first render (shell/BENCHMARKS.md).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { configureFolio } from '@folio/config/web/amplify';
import type { SiteBook } from '@folio/contract/documents/site';
import { GENRES } from '@folio/config/web/genres';
import { createPrerenderer } from './prerender-site';
import { folderOutput } from './site-output';

const REPO_ROOT = resolve(__dirname, '..', '..');
const count = Number(process.argv[process.argv.indexOf('--books') + 1]) || 10_000;
const API = 'http://api.invalid/graphql';

// Made up, the size of real ones: a long description, every genre, a featured book in twenty.
const catalog = Array.from({ length: count }, (_, i) => ({
  id: `bench-book-${i}`,
  title: `The Collected Works, Volume ${i}`,
  author: `Author ${i % 997}`,
  publishedYear: 1800 + (i % 128),
  genre: GENRES[i % GENRES.length],
  description: 'A classic of its kind, newly set and bound. '.repeat(6).trim(),
  priceCents: 499 + (i % 1500),
  currency: 'USD',
  stock: i % 7,
  featured: i % 20 === 0,
  coverKey: `covers/bench-book-${i}.png`,
  isbn: null,
  updatedAt: '2026-12-01T00:00:00.000Z',
}));
const byId = new Map(catalog.map((book) => [book.id, book]));

/** The store API's answers to the catalog's reads, from memory. */
function answer(query: string, variables: Record<string, unknown>): unknown {
  if (/query GetBook\b/.test(query)) return { getBook: byId.get(String(variables.id)) ?? null };
  const matching = catalog.filter(
    (book) =>
      (variables.genre === undefined || book.genre === variables.genre) &&
      (variables.featured === undefined || book.featured === variables.featured),
  );
  const from = Number(variables.nextToken ?? 0);
  const limit = Number(variables.limit ?? 24);
  const items = matching.slice(from, from + limit);
  return { listBooks: { items, nextToken: from + limit < matching.length ? String(from + limit) : null } };
}

globalThis.fetch = (async (_url: string, init: { body: string }) => {
  const { query, variables } = JSON.parse(init.body);
  return new Response(JSON.stringify({ data: answer(query, variables ?? {}) }), {
    headers: { 'content-type': 'application/json' },
  });
}) as typeof fetch;

async function main(): Promise<void> {
  configureFolio({
    version: '1.3',
    data: { url: API, api_key: 'bench', aws_region: 'us-east-1' },
    custom: { folio: { environment: 'bench', imageBaseUrl: 'http://images.invalid/folio-images' } },
  });
  const out = mkdtempSync(join(tmpdir(), 'folio-prerender-bench-'));
  try {
    const prerenderer = createPrerenderer({
      repoRoot: REPO_ROOT,
      site: { url: 'https://folio.example', imageBaseUrl: 'http://images.invalid/folio-images' },
      output: folderOutput(out),
      remotes: { catalog: 'http://catalog.invalid/mf-manifest.json' },
      readBooks: async () => catalog as SiteBook[],
      log: console.error,
    });
    const cpu = process.cpuUsage();
    const report = await prerenderer.renderAll();
    const { user, system } = process.cpuUsage(cpu);
    const cpuSeconds = (user + system) / 1e6;
    // CPU time too: on a shared machine the wall clock mostly measures the other processes.
    console.log(
      `${report.pages} pages (${count} books) in ${(report.ms / 1000).toFixed(1)} s wall, ${cpuSeconds.toFixed(1)} s CPU ` +
        `(${((cpuSeconds * 1000) / report.pages).toFixed(2)} ms CPU a page), one process on ${availableParallelism()} cores` +
        (report.failed.length ? `; ${report.failed.length} failed` : ''),
    );
    if (report.failed.length) process.exitCode = 1;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

void main();
