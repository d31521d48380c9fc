/**
 * `npm run perf:trace -- <url> [--runs N]`: where a page's start-up main-thread time goes. Loads the page on a
 * running store (`npm start`) in Chromium with the CPU slowed 4× (Lighthouse's phone), records a performance trace,
 * and prints every long task (≥ 50 ms: what Total Blocking Time counts beyond its first 50 ms) with what ran in it:
 * script evaluation per file, parsing and compiling, React's rendering (function calls), style and layout. The
 * blocking time here is the trace's own (observed, not Lantern's simulation), so it moves with the machine's load:
 * compare the task breakdown and the files, not one run's total.
 */
import { parseArgs } from 'node:util';
import { chromium, type CDPSession } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium';

/** Lighthouse's phone: a mid-range CPU four times slower than the desktop it runs on. */
const CPU_SLOWDOWN = 4;
const LONG_TASK_MS = 50;

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { data?: { url?: string; functionName?: string; stackTrace?: { url?: string }[] } };
}

async function record(client: CDPSession, load: () => Promise<void>): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  // The protocol types events as string maps; Chromium's trace events have this shape.
  client.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  await client.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink.user_timing,loading',
    transferMode: 'ReportEvents',
  });
  await load();
  const done = new Promise<void>((resolve) => client.once('Tracing.tracingComplete', () => resolve()));
  await client.send('Tracing.end');
  await done;
  return events;
}

/** What a slice of a task did, named by its kind and, for scripts, by its file. */
function labelOf(event: TraceEvent): string | undefined {
  const data = event.args?.data;
  const file = (url?: string) => (url ? new URL(url).pathname.replace(/\.[0-9a-f]{8}\.js$/, '.js') : '?');
  const origin = (url?: string) => (url ? new URL(url).port : '');
  switch (event.name) {
    case 'EvaluateScript':
    case 'v8.compile':
    case 'v8.compileModule':
      return `${event.name === 'EvaluateScript' ? 'evaluate' : 'compile'} ${origin(data?.url)}${file(data?.url)}`;
    case 'FunctionCall':
      return `call ${origin(data?.url)}${file(data?.url)}`;
    case 'ParseHTML':
      return 'parse HTML';
    case 'UpdateLayoutTree':
    case 'RecalculateStyles':
      return 'style';
    case 'Layout':
      return 'layout';
    case 'Paint':
    case 'PrePaint':
      return 'paint';
    case 'TimerFire':
    case 'FireAnimationFrame':
    case 'EventDispatch':
    case 'XHRReadyStateChange':
    case 'RunMicrotasks':
    case 'v8.runMicrotasks':
      return event.name;
    default:
      return undefined;
  }
}

/** Self time of each labelled slice inside [start, end] on the main thread (nested slices are not counted twice). */
function breakdown(slices: TraceEvent[], start: number, end: number): Map<string, number> {
  const inside = slices.filter((e) => e.ts >= start && e.ts + (e.dur ?? 0) <= end).sort((a, b) => a.ts - b.ts);
  const self = new Map<TraceEvent, number>(inside.map((e) => [e, e.dur ?? 0]));
  const stack: TraceEvent[] = [];
  for (const event of inside) {
    while (stack.length && stack[stack.length - 1].ts + (stack[stack.length - 1].dur ?? 0) <= event.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) self.set(parent, self.get(parent)! - (event.dur ?? 0));
    stack.push(event);
  }
  const byLabel = new Map<string, number>();
  for (const [event, us] of self) {
    const label = labelOf(event)!;
    byLabel.set(label, (byLabel.get(label) ?? 0) + us / 1000);
  }
  return byLabel;
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({ allowPositionals: true, options: { runs: { type: 'string' } } });
  const [url] = positionals;
  if (!url) throw new Error('usage: npm run perf:trace -- <url> [--runs N]');
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    for (let run = 1; run <= Number(values.runs ?? 1); run += 1) {
      // A fresh context each run: nothing cached, as a first visit.
      const context = await browser.newContext({ viewport: { width: 412, height: 823 }, isMobile: true });
      const page = await context.newPage();
      const client = await context.newCDPSession(page);
      await client.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
      const events = await record(client, async () => {
        await page.goto(url, { waitUntil: 'networkidle' });
        await page.waitForTimeout(1000);
      });
      await context.close();

      const navigation = events.find((e) => e.name === 'navigationStart' || e.name === 'NavigationStart');
      // The page's main thread: the one that evaluated its scripts.
      const main = events.find((e) => e.name === 'EvaluateScript' && e.args?.data?.url?.endsWith('/main.js'));
      if (!main) throw new Error('main.js was not evaluated in the trace');
      const thread = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
      const t0 = navigation?.ts ?? thread[0].ts;
      // Total Blocking Time counts the long tasks between the first contentful paint and interactive.
      const fcp = events.find((e) => e.name === 'firstContentfulPaint')?.ts ?? t0;
      const tasks = thread.filter((e) => e.name === 'RunTask' && e.ts >= fcp && (e.dur ?? 0) >= LONG_TASK_MS * 1000);
      const slices = thread.filter((e) => labelOf(e) !== undefined);
      const blocking = tasks.reduce((sum, t) => sum + t.dur! / 1000 - LONG_TASK_MS, 0);
      console.log(
        `\nrun ${run}: FCP at ${Math.round((fcp - t0) / 1000)} ms; after it ${tasks.length} long tasks, ` +
          `${Math.round(blocking)} ms blocking (CPU ${CPU_SLOWDOWN}× slower)`,
      );
      for (const task of tasks) {
        const parts = [...breakdown(slices, task.ts, task.ts + task.dur!)]
          .filter(([, ms]) => ms >= 2)
          .sort((a, b) => b[1] - a[1])
          .map(([label, ms]) => `${label} ${Math.round(ms)}`);
        console.log(
          `  at ${String(Math.round((task.ts - t0) / 1000)).padStart(5)} ms  ${String(Math.round(task.dur! / 1000)).padStart(4)} ms: ${parts.join(' · ')}`,
        );
      }
    }
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
