import type { Cell } from "./cells";

export type KeyLabel = string | number | boolean;

/**
 * Keys grouped the way Excel's SUMIF matches them: text ignoring case and surrounding spaces, a
 * number the same as its text ("1001" and 1001 are one key), each group labelled with its key as
 * first seen. Groups are numbered 0, 1, 2, … in order of first appearance.
 *
 * A key seen before costs one lookup by its cell value exactly as it came (before trim and lower
 * case) and no new string; normalising happens once per distinct raw value, on a miss. Text keys
 * are looked up as properties of a prototype-free object rather than in a Map: AR.AGINGBY over
 * 1,000,000 rows and 10,000 customers ran 25–40% faster that way than with Map.get (V8 keeps a
 * string's hash on the string, and short strings from JSON.parse — as Excel's runtime receives a
 * range — are one interned object per distinct text, found by pointer). Numbers and booleans,
 * which a property name would turn into text, stay in a Map.
 */
export class KeyGroups {
  /** Raw text key → group; no prototype, so "__proto__" or "constructor" are keys like any other. */
  readonly byText: Record<string, number | undefined> = Object.create(null) as Record<string, number | undefined>;
  /** Raw number or boolean key → group. */
  readonly byOther = new Map<Cell, number>();
  private readonly byNorm = new Map<string, number>();
  readonly labels: KeyLabel[] = [];
  readonly norms: string[] = [];

  get size(): number {
    return this.labels.length;
  }

  /** The group of a raw key seen before, or undefined. */
  seen(k: Cell): number | undefined {
    return typeof k === "string" ? this.byText[k] : this.byOther.get(k);
  }

  /** The group of a key cell (not blank), created if new; an error value in the cell is thrown. */
  groupOf(k: Cell): number {
    const seen = this.seen(k);
    if (seen !== undefined) return seen;
    if (typeof k === "object" && k !== null) throw k; // an error value in a key cell propagates
    const label = typeof k === "string" ? k.trim() : (k as number | boolean);
    const norm = String(label).toLowerCase();
    let group = this.byNorm.get(norm);
    if (group === undefined) {
      group = this.labels.length;
      this.labels.push(label);
      this.norms.push(norm);
      this.byNorm.set(norm, group);
    }
    if (typeof k === "string") this.byText[k] = group;
    else this.byOther.set(k, group);
    return group;
  }
}
