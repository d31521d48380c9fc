/**
 * The perf chart for shell/BENCHMARKS.md: one SVG, two panels (Lighthouse performance score, and LCP), a group of
 * bars per page and form factor, one bar per recorded measurement (before, after, ...), with the targets drawn.
 */
import type { Measurement } from './results';
import { TARGETS } from './targets';

const COLOURS = ['#9aa5b1', '#1f6feb', '#2da44e', '#bf8700', '#8250df'];
const WIDTH = 760;
const PANEL_HEIGHT = 220;
const LEFT = 56;
const TOP = 40;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

interface Panel {
  title: string;
  min: number;
  max: number;
  ticks: number[];
  tick(value: number): string;
  value(m: Measurement, scenario: string): number | undefined;
  targets: Partial<Record<string, number>>;
}

function panel(p: Panel, measurements: readonly Measurement[], scenarios: readonly string[], y0: number): string {
  const plotWidth = WIDTH - LEFT - 16;
  const groupWidth = plotWidth / scenarios.length;
  const barWidth = Math.min(40, (groupWidth - 24) / measurements.length);
  const yOf = (v: number) =>
    y0 + PANEL_HEIGHT - ((Math.min(Math.max(v, p.min), p.max) - p.min) / (p.max - p.min)) * PANEL_HEIGHT;
  const out: string[] = [`<text x="${LEFT}" y="${y0 - 12}" font-weight="600">${escape(p.title)}</text>`];
  for (const t of p.ticks) {
    out.push(`<line x1="${LEFT}" x2="${WIDTH - 16}" y1="${yOf(t)}" y2="${yOf(t)}" stroke="#d0d7de" stroke-width="1"/>`);
    out.push(`<text x="${LEFT - 6}" y="${yOf(t) + 4}" text-anchor="end" fill="#57606a">${p.tick(t)}</text>`);
  }
  scenarios.forEach((scenario, g) => {
    const gx = LEFT + g * groupWidth + (groupWidth - barWidth * measurements.length) / 2;
    measurements.forEach((m, i) => {
      const v = p.value(m, scenario);
      if (v === undefined || Number.isNaN(v)) return;
      const x = gx + i * barWidth;
      out.push(
        `<rect x="${x + 2}" y="${yOf(v)}" width="${barWidth - 4}" height="${y0 + PANEL_HEIGHT - yOf(v)}" fill="${COLOURS[i % COLOURS.length]}"/>`,
      );
      out.push(
        `<text x="${x + barWidth / 2}" y="${yOf(v) - 4}" text-anchor="middle" font-size="10">${p.tick(v)}</text>`,
      );
    });
    const target = p.targets[scenario];
    if (target !== undefined) {
      out.push(
        `<line x1="${gx - 6}" x2="${gx + barWidth * measurements.length + 6}" y1="${yOf(target)}" y2="${yOf(target)}" stroke="#cf222e" stroke-width="2" stroke-dasharray="5 3"/>`,
      );
    }
    out.push(
      `<text x="${LEFT + g * groupWidth + groupWidth / 2}" y="${y0 + PANEL_HEIGHT + 16}" text-anchor="middle">${escape(scenario)}</text>`,
    );
  });
  return out.join('\n');
}

export function perfChart(measurements: readonly Measurement[]): string {
  const scenarios = [...new Set(measurements.flatMap((m) => Object.keys(m.medians)))];
  const score: Panel = {
    title: 'Lighthouse performance, 50–100 (median of runs; dashed: target)',
    min: 50,
    max: 100,
    ticks: [50, 60, 70, 80, 90, 100],
    tick: (v) => String(Math.round(v)),
    value: (m, s) => m.medians[s]?.score,
    targets: Object.fromEntries(
      scenarios.map((s) => [s, s.endsWith('mobile') ? TARGETS.mobileScore : TARGETS.desktopScore]),
    ),
  };
  const lcp: Panel = {
    title: 'Largest contentful paint, seconds (simulated throttling)',
    min: 0,
    max: 5,
    ticks: [0, 1, 2, 3, 4, 5],
    tick: (v) => (Number.isInteger(v) ? String(v) : v.toFixed(2)),
    value: (m, s) => (m.medians[s] ? m.medians[s].lcpMs / 1000 : undefined),
    targets: Object.fromEntries(
      scenarios.filter((s) => s.endsWith('mobile')).map((s) => [s, TARGETS.mobileLcpMs / 1000]),
    ),
  };
  const height = TOP + 2 * (PANEL_HEIGHT + 70) + 10;
  const legend = measurements
    .map(
      (m, i) =>
        `<rect x="${LEFT + i * 190}" y="8" width="12" height="12" fill="${COLOURS[i % COLOURS.length]}"/><text x="${LEFT + i * 190 + 18}" y="18">${escape(`${m.label} (${m.measuredAt.slice(0, 10)})`)}</text>`,
    )
    .join('\n');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="system-ui, sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    legend,
    panel(score, measurements, scenarios, TOP + 20),
    panel(lcp, measurements, scenarios, TOP + 20 + PANEL_HEIGHT + 70),
    '</svg>',
    '',
  ].join('\n');
}
