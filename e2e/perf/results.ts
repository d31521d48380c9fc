/** Recorded perf measurements: one JSON file per label in shell/benchmarks/, read back for the chart. */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { RunFigures } from './lighthouse-run';

export const RESULTS_DIR = resolve(__dirname, '..', '..', 'shell', 'benchmarks');
export const CHART_FILE = join(RESULTS_DIR, 'perf.svg');

export interface Measurement {
  label: string;
  measuredAt: string;
  runs: number;
  /** "home · mobile" → medians of the runs. */
  medians: Record<string, RunFigures>;
}

const fileOf = (label: string) => join(RESULTS_DIR, `perf-${label.replace(/[^\w-]+/g, '-')}.json`);

export function saveMeasurement(m: Measurement): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = fileOf(m.label);
  writeFileSync(file, `${JSON.stringify(m, null, 2)}\n`);
  return file;
}

/** Every recorded measurement, oldest first. */
export function loadMeasurements(): Measurement[] {
  let files: string[];
  try {
    files = readdirSync(RESULTS_DIR).filter((f) => /^perf-.+\.json$/.test(f));
  } catch {
    return [];
  }
  return files
    .map((f) => JSON.parse(readFileSync(join(RESULTS_DIR, f), 'utf8')) as Measurement)
    .sort((a, b) => a.measuredAt.localeCompare(b.measuredAt));
}
