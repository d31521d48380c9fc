/**
 * `npm run perf:explain -- <url> [desktop]`: why a page's simulated LCP is what it is. Runs Lighthouse once on a
 * running store (`npm start`) and prints the timeline Lighthouse's simulator (Lantern) built for the largest
 * contentful paint: each request and long main-thread task, with its simulated start and end. Requests that end
 * late, or wait for another to finish, are the chain to shorten (shell/BENCHMARKS.md tells what that found).
 */
import { launchChromium, runLighthouse, type FormFactor } from './lighthouse-run';

/** What this report reads of a node in Lantern's simulated page-load graph. */
type LanternNode = { type: 'cpu' } | { type: 'network'; request: { transferSize: number; url: string } };

async function main(): Promise<void> {
  const [url, formFactor = 'mobile'] = process.argv.slice(2);
  if (!url || !['mobile', 'desktop'].includes(formFactor))
    throw new Error('usage: npm run perf:explain -- <url> [mobile|desktop]');
  // The instance Lighthouse simulates with: its node timings stay readable after the run.
  const Lantern = await import('lighthouse/core/lib/lantern/lantern.js');
  const browser = await launchChromium();
  try {
    const figures = await runLighthouse(url, formFactor as FormFactor, browser);
    console.log(
      `score ${figures.score} · FCP ${Math.round(figures.fcpMs)} ms · LCP ${Math.round(figures.lcpMs)} ms · TBT ${Math.round(figures.tbtMs)} ms`,
    );
    for (const [label, timings] of Lantern.Simulation.Simulator.allNodeTimings as Map<
      string,
      Map<LanternNode, { startTime: number; endTime: number }>
    >) {
      if (!/LargestContentfulPaint$/.test(label)) continue;
      console.log(`\n${label} (start–end ms, simulated):`);
      const rows = [...timings].sort((a, b) => a[1].startTime - b[1].startTime);
      for (const [node, t] of rows) {
        if (node.type === 'cpu' && t.endTime - t.startTime < 15) continue;
        const what =
          node.type === 'network'
            ? `${(node.request.transferSize / 1024).toFixed(1)} KB ${node.request.url}`
            : 'main-thread task';
        console.log(
          `${String(Math.round(t.startTime)).padStart(5)}–${String(Math.round(t.endTime)).padEnd(5)} ${what}`,
        );
      }
    }
  } finally {
    await browser.kill();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
