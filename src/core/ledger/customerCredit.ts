import type { Day } from "../dates";
import { DEFAULT_DUNNING_POLICY, type DunningPolicy } from "../dunning";
import type { Minor } from "../money";
import { creditInputsFromLedger } from "./creditInputs";
import { creditCurrencyOf, currencyCode, isLiveStatus } from "./currencyScope";
import { indexLedger, type LedgerIndex } from "./ledgerIndex";
import { installmentState } from "./installmentState";
import type { LedgerSnapshot } from "./snapshot";

/**
 * A customer's credit position against its limit and the collection policy (客户信用管理).
 *
 * The warning policy, stated once here and on the Customers page:
 * - over limit: what is open on the customer's live contracts exceeds its credit limit (the limit
 *   set by its latest assessment; a customer with no limit is never "over");
 * - overdue beyond the policy: any amount overdue for at least as many days as the dunning
 *   policy's "Formal" stage starts at (16 days in the default policy). Friendly reminders are
 *   routine; once a debt needs a formal demand, new credit for that customer needs a second look.
 *   A policy without a "Formal" stage falls back to the default policy's 16 days.
 *
 * Currencies (amounts in different currencies are never added; there are no exchange rates):
 * - a customer's exposure is kept per currency of its contracts (`byCurrency`);
 * - the credit limit is in the customer's credit currency (Customer.currency, else the ledger's
 *   default currency), so outstanding, overdue, utilisation and "over limit" are taken over the
 *   contracts in that currency only; what is open in other currencies is listed beside it but
 *   never added to the utilisation;
 * - "overdue beyond the policy" is a matter of days, so it is raised by an amount in any currency.
 */
export const ALERT_STAGE = "Formal";

export function alertThresholdDays(policy: DunningPolicy = DEFAULT_DUNNING_POLICY): number {
  const step = policy.find((s) => s.stage === ALERT_STAGE) ?? DEFAULT_DUNNING_POLICY.find((s) => s.stage === ALERT_STAGE)!;
  return step.fromDays;
}

/** What a customer has open in one currency. */
export interface CurrencyExposure {
  readonly currency: string;
  /** Open on active plans of live contracts (not draft, not closed) in this currency. */
  readonly outstanding: Minor;
  /** Open and past due (milestones not reached are not overdue). */
  readonly overdue: Minor;
  /** Overdue for at least `thresholdDays`. */
  readonly overdueBeyondPolicy: Minor;
}

export interface CreditPosition extends CurrencyExposure {
  readonly customerId: number;
  /**
   * The credit currency: the limit's, and that of `outstanding`, `overdue`, `overdueBeyondPolicy`,
   * `utilisation` and `overLimit`, which count the customer's contracts in this currency only.
   */
  readonly currency: string;
  readonly thresholdDays: number;
  /** The customer's credit limit (in `currency`); undefined when none was ever set. */
  readonly limit: Minor | undefined;
  /** outstanding / limit; undefined without a limit, Infinity when the limit is 0 and something is open. */
  readonly utilisation: number | undefined;
  readonly overLimit: boolean;
  /** Something is overdue beyond the policy, in any currency. */
  readonly overdueAlert: boolean;
  /**
   * The exposure in each currency, each on its own: the credit currency first (always there, even
   * at zero), then every other currency the customer has a live contract in, by code.
   */
  readonly byCurrency: readonly CurrencyExposure[];
}

interface Acc {
  outstanding: number;
  overdue: number;
  beyond: number;
}

/**
 * Every customer's position, one pass over the installments. `defaultCurrency` is the ledger's
 * default currency code: the credit currency of a customer without its own.
 */
export function creditPositions(
  s: LedgerSnapshot,
  asOf: Day,
  defaultCurrency: string,
  policy: DunningPolicy = DEFAULT_DUNNING_POLICY,
  index: LedgerIndex = indexLedger(s),
): Map<number, CreditPosition> {
  const thresholdDays = alertThresholdDays(policy);
  const acc = new Map<number, Map<string, Acc>>();
  const codeOf = new Map<number, string>();
  for (const c of s.customers) acc.set(c.id!, new Map([[creditCurrencyOf(c, defaultCurrency), { outstanding: 0, overdue: 0, beyond: 0 }]]));
  for (const c of s.contracts) {
    const perCurrency = acc.get(c.customerId);
    if (!perCurrency || !isLiveStatus(c.status)) continue;
    const code = currencyCode(c.currency);
    codeOf.set(c.id!, code);
    if (!perCurrency.has(code)) perCurrency.set(code, { outstanding: 0, overdue: 0, beyond: 0 });
  }
  for (const inst of s.installments) {
    if (!index.activePlanIds.has(inst.planId)) continue;
    const code = codeOf.get(inst.contractId); // live contracts of known customers only
    if (code === undefined) continue;
    const a = acc.get(index.contractById.get(inst.contractId)!.customerId)!.get(code)!;
    const st = installmentState(inst, index, asOf);
    a.outstanding += st.open;
    if (st.status !== "overdue") continue;
    a.overdue += st.open;
    if (st.daysPastDue >= thresholdDays) a.beyond += st.open;
  }
  const out = new Map<number, CreditPosition>();
  for (const c of s.customers) {
    const currency = creditCurrencyOf(c, defaultCurrency);
    const perCurrency = acc.get(c.id!)!;
    const byCurrency = [...perCurrency.entries()]
      .sort(([x], [y]) => (x === currency ? -1 : y === currency ? 1 : x < y ? -1 : x > y ? 1 : 0))
      .map(([code, a]): CurrencyExposure => ({ currency: code, outstanding: a.outstanding, overdue: a.overdue, overdueBeyondPolicy: a.beyond }));
    const own = byCurrency[0];
    const limit = c.creditLimitMinor;
    const utilisation = limit === undefined ? undefined : limit > 0 ? own.outstanding / limit : own.outstanding > 0 ? Infinity : 0;
    out.set(c.id!, {
      customerId: c.id!,
      currency,
      outstanding: own.outstanding,
      overdue: own.overdue,
      overdueBeyondPolicy: own.overdueBeyondPolicy,
      thresholdDays,
      limit,
      utilisation,
      overLimit: limit !== undefined && own.outstanding > limit,
      overdueAlert: byCurrency.some((e) => e.overdueBeyondPolicy > 0),
      byCurrency,
    });
  }
  return out;
}

/**
 * The two scorecard inputs the ledger knows (core/credit/scorecard) that the assessment form's
 * "Fill from ledger" takes, in the customer's credit currency like its limit (other currencies are
 * not in them): overdue share and utilisation as AR.CREDITSCORE's ledger inputs measure them
 * (creditInputsFromLedger). So a closed contract's written-off remainder stays in them, outstanding
 * and all of it overdue: closing a contract with money open never makes them better than before
 * the write-off. (Exposure and headroom, creditPositions, leave closed contracts out: the money is
 * no exposure any more, but it was never paid.)
 *
 * Utilisation is outstanding / the customer's credit limit — the limit the Customers page shows
 * (Customer.creditLimitMinor) — 0 with nothing outstanding, as creditInputsFromLedger reads it. A
 * customer with money outstanding and no limit yet reads as fully used (1): with no headroom known,
 * a first assessment must not score the best band. A zero limit set (a grade E customer, no credit)
 * with money outstanding reads as fully used twice over (2, OVER_ZERO_LIMIT), the scorecard's worst
 * band, as the page's utilisation (infinite) and "over limit" say.
 */
export function ledgerScorecardInputs(
  s: LedgerSnapshot,
  customerId: number,
  asOf: Day,
  defaultCurrency: string,
  index: LedgerIndex = indexLedger(s),
): { overdueShare: number; utilisation: number } {
  const { overdueShare, utilisation } = creditInputsFromLedger(s, customerId, asOf, defaultCurrency, index);
  return { overdueShare, utilisation };
}
