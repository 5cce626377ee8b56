import { ArInputError } from "../../../core/errors";
import { text } from "../../../core/ledger/fieldChecks";
import { validatePenalty } from "../../../core/ledger/validateRecords";
import type { PenaltyClause } from "../../../core/store/types";
import { core, type Problem, type Problems } from "../../forms/problems";
import { parseNumberText } from "../../forms/numberText";

/** The penalty clause part of the contract form, as typed. Rates are typed in % (or ‰), not fractions. */
export interface PenaltyFormValues {
  /** A PenaltyClause kind: none, interest or daily. */
  penaltyKind: string;
  /** Annual rate in % (interest) or daily rate in the chosen unit (daily). */
  penaltyRate: string;
  /** Daily rate unit: "percent" or "permille". */
  penaltyRateUnit: string;
  /** "365" or "360". */
  penaltyYearDays: string;
  penaltyGrace: string;
  /** Cap in % of the overdue amount; blank for no cap. */
  penaltyCap: string;
}
export type PenaltyField = keyof PenaltyFormValues;

export const RATE_UNITS = ["percent", "permille"] as const;
const UNIT_SCALE: Readonly<Record<string, number>> = { percent: 100, permille: 1000 };

/** Which typed field core's argument names refer to, and how many typed units make one (a fraction's scale). */
const TYPED: Readonly<Record<string, { field: PenaltyField; scale: (v: PenaltyFormValues) => number }>> = {
  annualRate: { field: "penaltyRate", scale: () => 100 },
  dailyRate: { field: "penaltyRate", scale: (v) => UNIT_SCALE[v.penaltyRateUnit] ?? 100 },
  capShare: { field: "penaltyCap", scale: () => 100 },
  graceDays: { field: "penaltyGrace", scale: () => 1 },
  yearDays: { field: "penaltyYearDays", scale: () => 1 },
  penalty: { field: "penaltyKind", scale: () => 1 },
};

export function emptyPenaltyForm(): PenaltyFormValues {
  return { penaltyKind: "none", penaltyRate: "", penaltyRateUnit: "percent", penaltyYearDays: "365", penaltyGrace: "0", penaltyCap: "" };
}

/** Typed units without binary noise: 0.0005 × 100 shows as 0.05, not 0.049999999999999996. */
export function inUnits(fraction: number, scale: number): string {
  return String(Number((fraction * scale).toPrecision(12)));
}

export function penaltyFormFrom(p: PenaltyClause): PenaltyFormValues {
  const empty = emptyPenaltyForm();
  switch (p.kind) {
    case "none":
      return empty;
    case "interest":
      return { ...empty, penaltyKind: "interest", penaltyRate: inUnits(p.annualRate, 100), penaltyYearDays: String(p.yearDays), penaltyGrace: String(p.graceDays) };
    case "daily":
      return { ...empty, penaltyKind: "daily", penaltyRate: inUnits(p.dailyRate, 100), penaltyCap: p.capShare === undefined ? "" : inUnits(p.capShare, 100) };
  }
}

/**
 * Core's error with its numbers in the units the user typed: validatePenalty says "capShare must be
 * between 0 and 1, got 1.5", the form says "Cap (% …) must be between 0 and 100, got 150".
 */
function inTypedUnits(e: ArInputError, scale: number): ArInputError {
  if (scale === 1) return e;
  const params = { ...e.params };
  for (const k of ["min", "max", "got"] as const) {
    const n = params[k];
    if (typeof n === "number") params[k] = Number((n * scale).toPrecision(12));
  }
  return new ArInputError(e.code, params, e.kind);
}

export interface PenaltyCheck {
  readonly problems: Problems<PenaltyField>;
  /** The clause to save, when the fields pass core's validatePenalty. */
  readonly clause: PenaltyClause | undefined;
}

/** Checks the clause as typed: plain numbers first, then core's validatePenalty, its complaint put on the field it is about. */
export function checkPenaltyForm(v: PenaltyFormValues): PenaltyCheck {
  const problems: Problems<PenaltyField> = {};
  const num = (f: PenaltyField, arg: string, optional = false): number | undefined => {
    if (optional && v[f].trim() === "") return undefined;
    const n = parseNumberText(v[f]);
    if (n === undefined) problems[f] = v[f].trim() === "" ? core(() => text("", arg)) : { key: "error.notANumber" };
    return n;
  };
  let draft: unknown;
  if (v.penaltyKind === "interest") {
    const rate = num("penaltyRate", "annualRate");
    const grace = num("penaltyGrace", "graceDays");
    draft = { kind: "interest", annualRate: rate === undefined ? undefined : rate / 100, yearDays: Number(v.penaltyYearDays), graceDays: grace };
  } else if (v.penaltyKind === "daily") {
    const rate = num("penaltyRate", "dailyRate");
    const cap = num("penaltyCap", "capShare", true);
    const scale = UNIT_SCALE[v.penaltyRateUnit] ?? 100;
    draft = { kind: "daily", dailyRate: rate === undefined ? undefined : rate / scale, ...(cap === undefined ? {} : { capShare: cap / 100 }) };
  } else draft = { kind: v.penaltyKind };
  if (Object.keys(problems).length > 0) return { problems, clause: undefined };
  let clause: PenaltyClause | undefined;
  const verdict = core(() => (clause = validatePenalty(draft as PenaltyClause)));
  if (verdict && "error" in verdict) {
    const typed = TYPED[String(verdict.error.params.arg)] ?? TYPED.penalty;
    problems[typed.field] = { error: inTypedUnits(verdict.error, typed.scale(v)) } satisfies Problem;
    return { problems, clause: undefined };
  }
  return { problems, clause: clause && clean(clause) };
}

/** Fractions from typed percentages, rounded clear of binary noise (0.05 / 100 → 0.0005). */
function clean(c: PenaltyClause): PenaltyClause {
  const r = (n: number) => Number(n.toPrecision(12));
  if (c.kind === "interest") return { ...c, annualRate: r(c.annualRate) };
  if (c.kind === "daily") return { kind: "daily", dailyRate: r(c.dailyRate), ...(c.capShare === undefined ? {} : { capShare: r(c.capShare) }) };
  return c;
}
