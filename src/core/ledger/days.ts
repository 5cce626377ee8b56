import { type Day, serialFromIso } from "../dates";
import { inputError } from "../errors";

/**
 * Stored dates are ISO text; queries work in serial days. A pane re-runs its queries on every
 * ledger change over the same few thousand distinct dates, so parsed serials are memoised.
 */
const cache = new Map<string, Day>();
const CACHE_LIMIT = 100_000;

/** The serial of a stored ISO date; a malformed stored date is a bug in the writer, so it throws. */
export function dayOf(iso: string): Day {
  const hit = cache.get(iso);
  if (hit !== undefined) return hit;
  const day = serialFromIso(iso);
  if (day === undefined) return inputError("notADate", { arg: "stored date", got: JSON.stringify(iso) });
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(iso, day);
  return day;
}

/** "YYYY-MM" of a stored ISO date, without parsing it. */
export function monthOf(iso: string): string {
  return iso.slice(0, 7);
}
