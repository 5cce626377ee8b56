import type { TargetDraft } from "../../../core/ledger/drafts";
import { text } from "../../../core/ledger/fieldChecks";
import { parsePeriod } from "../../../core/ledger/periods";
import type { CollectionTarget } from "../../../core/store/types";
import { amountText } from "../../forms/numberText";
import { amountProblem, core, type Problem, type Problems } from "../../forms/problems";

/** The collection-target form as typed. */
export interface TargetFormValues {
  owner: string;
  /** "2026-11" or "2026-Q4". */
  period: string;
  amount: string;
  /** ISO 4217 code. */
  currency: string;
}
export type TargetField = keyof TargetFormValues;

export interface TargetCheck {
  readonly problems: Problems<TargetField>;
  /** The draft to save, when every field passes. */
  readonly draft: TargetDraft | undefined;
}

/** A period as stored: trimmed, the quarter's "Q" upper-cased ("2026-q4" is the same period as "2026-Q4"). */
export function periodKey(period: string): string {
  return period.trim().toUpperCase();
}

/**
 * Checks the form with core's rules as typed: owner required, the period by core's parsePeriod,
 * the amount in the currency's digits and above 0 (a target of 0 is no target: the Dashboard would
 * show a percentage of nothing; core's validateTarget still reads one stored before), and builds
 * the draft setTarget saves. Core names the fields owner / period / target (the amount) / currency.
 */
export function checkTargetForm(v: TargetFormValues, digits: number): TargetCheck {
  const problems: Problems<TargetField> = {};
  const put = (f: TargetField, p: Problem | undefined) => {
    if (p) problems[f] = p;
  };
  put("owner", core(() => text(v.owner, "owner")));
  put("period", core(() => parsePeriod(text(v.period, "period"), "period")));
  // An amount written with another currency's sign ("$1,000" for a CNY target) is refused, not read in this one.
  const amount = amountProblem(v.amount, digits, "target", false, v.currency.trim() || undefined);
  put("amount", amount.problem);
  put("currency", core(() => text(v.currency, "currency")));
  if (Object.keys(problems).length > 0) return { problems, draft: undefined };
  return {
    problems,
    draft: { owner: v.owner.trim(), period: periodKey(v.period), targetMinor: amount.minor!, currency: v.currency.trim().toUpperCase() },
  };
}

export function emptyTargetForm(period: string, currency: string): TargetFormValues {
  return { owner: "", period, amount: "", currency };
}

/** A stored target in the form; one stored without a currency is shown in the one it is read in (`fallbackCurrency`). */
export function targetFormFrom(t: CollectionTarget, digits: number, fallbackCurrency: string): TargetFormValues {
  return { owner: t.owner, period: t.period, amount: amountText(t.targetMinor, digits), currency: t.currency?.trim() ? t.currency : fallbackCurrency };
}

/** An owner as the Dashboard matches it: "zhang min " is Zhang Min (core's targetsVsCollected reads them so). */
export function ownerKey(owner: string): string {
  return owner.trim().toLowerCase();
}

/**
 * The stored target of this owner, period and currency: the owner matched ignoring case and
 * surrounding spaces, as the Dashboard sets targets against collections, so a target typed as
 * "zhang min" changes Zhang Min's instead of standing beside it.
 */
export function findTarget(targets: readonly CollectionTarget[], owner: string, period: string, currency: string): CollectionTarget | undefined {
  const o = ownerKey(owner);
  const p = periodKey(period);
  const c = currency.trim().toUpperCase();
  return targets.find((t) => ownerKey(t.owner) === o && periodKey(t.period) === p && t.currency === c);
}

/** Where a period starts, for ordering (a quarter and its first month start on the same day; the quarter comes first). */
function periodOrder(period: string): [number, number] {
  try {
    const p = parsePeriod(period);
    return [p.from, p.to];
  } catch {
    return [Number.NEGATIVE_INFINITY, 0];
  }
}

/** Targets newest period first, then by owner. */
export function targetsNewestFirst(targets: readonly CollectionTarget[]): CollectionTarget[] {
  return [...targets].sort((a, b) => {
    const [af, at] = periodOrder(a.period);
    const [bf, bt] = periodOrder(b.period);
    if (af !== bf) return bf - af;
    if (at !== bt) return bt - at;
    return a.owner < b.owner ? -1 : a.owner > b.owner ? 1 : 0;
  });
}

/** The owners to suggest: the contracts' owners, each once (one spelling per owner, ignoring case), sorted. */
export function ownerSuggestions(contracts: readonly { owner: string }[]): string[] {
  const byKey = new Map<string, string>();
  for (const c of contracts) {
    const o = c.owner.trim();
    if (o !== "" && !byKey.has(ownerKey(o))) byKey.set(ownerKey(o), o);
  }
  return [...byKey.values()].sort();
}

/** The owner as the ledger spells it (a contract's owner), when the typed one is that owner in another case or with spaces. */
export function ownerAsInLedger(owner: string, contracts: readonly { owner: string }[]): string {
  const key = ownerKey(owner);
  return contracts.find((c) => ownerKey(c.owner) === key)?.owner.trim() ?? owner.trim();
}
