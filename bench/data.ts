/**
 * A synthetic ledger shaped as Excel hands ranges to a custom function: each column is an array of
 * one-element rows. Seeded, so every run ages the same rows.
 */

export const AS_OF = 46022; // 2025-12-31

export interface LedgerColumns {
  readonly rows: number;
  readonly keys: string[][];
  readonly dueDates: number[][];
  readonly amounts: number[][];
}

/** mulberry32: a small fast PRNG; quality is irrelevant here, repeatability is not. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `rows` installments over `customers` customers: due dates from about 13 months before the as-of
 * date to two months after it (every aging bucket gets rows), amounts 0.01 to 50,000.00 in cents.
 */
export function ledgerColumns(rows: number, customers = 10_000, seed = 20251231): LedgerColumns {
  const rand = prng(seed);
  const names = Array.from({ length: customers }, (_, i) => `C${String(i + 1).padStart(5, "0")}`);
  const keys = new Array<string>(rows);
  const dueDates = new Array<number>(rows);
  const amounts = new Array<number>(rows);
  for (let i = 0; i < rows; i++) {
    keys[i] = names[Math.floor(rand() * customers)];
    dueDates[i] = AS_OF - 400 + Math.floor(rand() * 460);
    amounts[i] = Math.round(rand() * 5_000_000) / 100 || 0.01;
  }
  return { rows, keys: asExcelColumn(keys), dueDates: asExcelColumn(dueDates), amounts: asExcelColumn(amounts) };
}

/**
 * Excel's runtime receives a range as JSON and parses it, so a column arrives as one contiguous run
 * of freshly parsed one-element rows. Building it the same way keeps the memory layout honest.
 */
function asExcelColumn<T>(values: T[]): T[][] {
  return JSON.parse(JSON.stringify(values.map((v) => [v]))) as T[][];
}

/** The baseline every ratio divides by: a loop that only sums the amounts, read as Excel passes them. */
export function bareSum(amounts: readonly (readonly unknown[])[]): number {
  let sum = 0;
  for (let i = 0; i < amounts.length; i++) sum += amounts[i][0] as number;
  return sum;
}
