/** Latency figures from a list of samples in milliseconds. */
export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export const median = (samples: number[]) => percentile(samples, 50);

export async function timeEach(count: number, work: (i: number) => Promise<unknown>, warmup = 20): Promise<number[]> {
  for (let i = 0; i < warmup; i += 1) await work(i);
  const samples: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const start = performance.now();
    await work(i);
    samples.push(performance.now() - start);
  }
  return samples;
}

/** Runs `total` calls with `concurrency` in flight; returns calls per second and the latencies. */
export async function throughput(total: number, concurrency: number, work: (i: number) => Promise<unknown>) {
  let next = 0;
  const samples: number[] = [];
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const i = next++;
        const t = performance.now();
        await work(i);
        samples.push(performance.now() - t);
      }
    }),
  );
  return { perSecond: total / ((performance.now() - start) / 1000), samples };
}

export const fmt = (ms: number) => `${ms.toFixed(2)} ms`;
