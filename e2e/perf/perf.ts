/**
 * `npm run perf`: Lighthouse 12.2.3 in Debian Chromium on the production builds (`npm run build` first), served as
 * `npm start` serves them (the static app servers, gzip, the local stack seeded with books and covers), on the
 * default ports + 400. Runs each page × form factor `--runs` times (default 3), prints the medians against the
 * targets, records them as shell/benchmarks/perf-<label>.json (`--label`, default "latest") and redraws
 * shell/benchmarks/perf.svg from every recorded label.
 *
 *   npm run perf -- --label after --runs 3
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { offsetPorts, ports as readPorts } from '@folio/config';
import { median } from '../../backend/bench/stats';
import { perfChart } from './chart';
import { launchChromium, runLighthouse, type FormFactor, type RunFigures } from './lighthouse-run';
import { CHART_FILE, loadMeasurements, saveMeasurement } from './results';
import { TARGETS } from './targets';

const PAGES = [
  { name: 'home', path: '/' },
  { name: 'book', path: '/books/pride-and-prejudice' },
] as const;
const FORM_FACTORS: readonly FormFactor[] = ['mobile', 'desktop'];

function medianFigures(runs: readonly RunFigures[]): RunFigures {
  const m = (pick: (r: RunFigures) => number) => median(runs.map(pick));
  const byScore = [...runs].sort((a, b) => a.score - b.score)[Math.floor(runs.length / 2)];
  return {
    score: m((r) => r.score),
    fcpMs: m((r) => r.fcpMs),
    lcpMs: m((r) => r.lcpMs),
    tbtMs: m((r) => r.tbtMs),
    cls: m((r) => r.cls),
    speedIndexMs: m((r) => r.speedIndexMs),
    scriptBytes: m((r) => r.scriptBytes),
    lcpElement: byScore.lcpElement,
  };
}

function verdict(scenario: string, f: RunFigures): string[] {
  const mobile = scenario.endsWith('mobile');
  const misses: string[] = [];
  const scoreTarget = mobile ? TARGETS.mobileScore : TARGETS.desktopScore;
  if (f.score < scoreTarget) misses.push(`score ${f.score} < ${scoreTarget}`);
  if (f.cls > TARGETS.cls) misses.push(`CLS ${f.cls.toFixed(3)} > ${TARGETS.cls}`);
  if (mobile && f.lcpMs > TARGETS.mobileLcpMs)
    misses.push(`LCP ${(f.lcpMs / 1000).toFixed(2)} s > ${TARGETS.mobileLcpMs / 1000} s`);
  return misses;
}

// The stack reads its ports from the environment: moved there, not only here.
const shiftPorts = () => readPorts(offsetPorts(400));

async function startStore() {
  // Imported after the ports are set: the stack reads them from the environment.
  const { startStack } = await import('../../backend/local/stack');
  const { seedBooks, uploadCovers } = await import('../../backend/local/seed');
  const { amplifyOutputs } = await import('../../backend/local/outputs');
  const { serveApps, APPS, distOf } = await import('../../backend/local/static-apps');
  const { BOOKS } = await import('../../backend/seed/books');
  for (const app of APPS) distOf(app.name); // no build: say so before starting anything
  const ports = shiftPorts();
  const stack = await startStack({ stateDir: `${__dirname}/../../backend/.folio/perf-state` });
  try {
    await seedBooks(stack.config, () => undefined);
    await uploadCovers(
      stack.config,
      BOOKS.filter((b) => b.featured || b.id === 'pride-and-prejudice'),
      () => undefined,
    );
    const outputs = amplifyOutputs(stack.config, stack.pool);
    // The store's prerendered pages, as `npm start` serves them (backend/local/site.ts).
    const { startStackSite } = await import('../../backend/local/site');
    const siteDir = `${__dirname}/../../backend/.folio/perf-site`;
    const site = await startStackSite(stack, outputs, ports, { dir: siteDir });
    const apps = await serveApps({ ports, outputs: () => outputs, site: siteDir });
    return {
      shellUrl: apps.urls.shell,
      stop: async () => (await site.stop(), await apps.stop(), await stack.stop()),
    };
  } catch (error) {
    await stack.stop();
    throw error;
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { runs: { type: 'string', default: '3' }, label: { type: 'string', default: 'latest' } },
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs ${values.runs}: a whole number ≥ 1`);
  const store = await startStore();
  const browser = await launchChromium();
  const medians: Record<string, RunFigures> = {};
  try {
    for (const formFactor of FORM_FACTORS) {
      for (const page of PAGES) {
        const scenario = `${page.name} · ${formFactor}`;
        await runLighthouse(store.shellUrl + page.path, formFactor, browser); // warm-up: servers' gzip caches, JIT
        const figures: RunFigures[] = [];
        for (let i = 0; i < runs; i += 1)
          figures.push(await runLighthouse(store.shellUrl + page.path, formFactor, browser));
        medians[scenario] = medianFigures(figures);
        console.log(`${scenario}: scores ${figures.map((f) => f.score).join(', ')}`);
      }
    }
  } finally {
    await browser.kill();
    await store.stop();
  }

  console.log(`\nLighthouse 12.2.3, Debian Chromium, median of ${runs} run(s) (${values.label}):\n`);
  console.log(
    '| page · form factor | performance | FCP | LCP | TBT | CLS | Speed Index | script KB | LCP element | misses |',
  );
  console.log('|---|---:|---:|---:|---:|---:|---:|---:|---|---|');
  let missed = 0;
  for (const [scenario, f] of Object.entries(medians)) {
    const misses = verdict(scenario, f);
    missed += misses.length;
    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    console.log(
      `| ${scenario} | ${f.score} | ${s(f.fcpMs)} | ${s(f.lcpMs)} | ${Math.round(f.tbtMs)} ms | ${f.cls.toFixed(3)} | ${s(f.speedIndexMs)} | ${(f.scriptBytes / 1024).toFixed(1)} | ${f.lcpElement} | ${misses.join('; ') || 'none'} |`,
    );
  }
  const file = saveMeasurement({ label: values.label!, measuredAt: new Date().toISOString(), runs, medians });
  writeFileSync(CHART_FILE, perfChart(loadMeasurements()));
  console.log(`\nRecorded ${file}; chart ${CHART_FILE}.`);
  console.log(missed ? `${missed} target(s) missed.` : 'Every target met.');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
