/**
 * Measuring: interleaved rounds (every subject once per round, order rotated each round) so that
 * machine noise — other processes on a shared two-core box, GC, CPU frequency — hits every subject
 * alike, and a ratio is taken within each round before the median over rounds.
 */

export interface Goal {
  readonly op: "<=" | ">=";
  readonly value: number;
}

/** One line of the report: a value measured now, or the reason it could not be measured. */
export interface Metric {
  readonly name: string;
  readonly unit: string;
  readonly goal?: Goal;
  readonly value?: number;
  /** Why there is no value: the metric is reported as missing, never guessed. */
  readonly missing?: string;
  /** How it was measured (rows, rounds, the medians behind a ratio), for the human table. */
  readonly detail?: string;
}

export function goalMet(m: Metric): boolean | undefined {
  if (m.value === undefined || !m.goal) return undefined;
  return m.goal.op === "<=" ? m.value <= m.goal.value : m.value >= m.goal.value;
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) throw new Error("median of nothing");
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Something a benchmark returns, kept so the optimiser cannot drop the work. */
let sink: unknown;
export function keep(v: unknown): void {
  sink = v;
}
export function sunk(): unknown {
  return sink;
}

/**
 * Collect garbage once before timing, then let V8's background sweeper threads finish: forcing a
 * collection before every sample was tried and made the bare loop 2-4× slower and noisy (the
 * collector's threads compete for the two cores while the sample runs).
 */
export function settle(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) g();
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 100);
}

export function timeOnce(fn: () => unknown): number {
  const start = performance.now();
  keep(fn());
  return performance.now() - start;
}

export interface InterleavedOptions {
  /** Rounds measured (the median is taken over them). */
  readonly rounds: number;
  /** Rounds run first and thrown away, so every subject is optimised before it is timed. */
  readonly warmup: number;
  /** Calls per subject per round: short subjects are repeated so a sample is not timer noise. */
  readonly repeat?: number;
}

/** Milliseconds per call of each subject, one sample per round, rounds interleaved. */
export function interleaved(subjects: Record<string, () => unknown>, opts: InterleavedOptions): Record<string, number[]> {
  const names = Object.keys(subjects);
  const samples: Record<string, number[]> = Object.fromEntries(names.map((n) => [n, []]));
  const repeat = opts.repeat ?? 1;
  settle();
  for (let round = 0; round < opts.warmup + opts.rounds; round++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(round + k) % names.length]; // rotate who goes first
      let total = 0;
      for (let r = 0; r < repeat; r++) total += timeOnce(subjects[name]);
      if (round >= opts.warmup) samples[name].push(total / repeat);
    }
  }
  return samples;
}

/** Per-round ratio numerator ÷ denominator, then the median over rounds. */
export function medianRatio(samples: Record<string, number[]>, numerator: string, denominator: string): number {
  const top = samples[numerator];
  const bottom = samples[denominator];
  return median(top.map((t, i) => t / bottom[i]));
}

export function fmt(ms: number): string {
  return ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2);
}
