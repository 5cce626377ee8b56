import { collectRisk, exposureOrder } from "../credit/collectRisk";
import type { Day } from "../dates";
import { DEFAULT_DUNNING_POLICY, type DunningPolicy, dunningStage } from "../dunning";
import type { Minor } from "../money";
import type { Channel } from "../store/types";
import type { CurrencyDigitsSetting } from "../currencies";
import { currencyCode } from "./currencyScope";
import { dayOf } from "./days";
import { indexLedger, type LedgerIndex } from "./ledgerIndex";
import { isAwaitingMilestone } from "./installmentState";
import { contactStates } from "./promises";
import { type RankingRates, type RankingWeight, rankingWeight } from "./rankingRates";
import { progressGaps } from "./slippage";
import type { LedgerSnapshot } from "./snapshot";

/** One installment to chase today. */
export interface TodayItem {
  readonly installmentId: number;
  readonly contractId: number;
  readonly contractCode: string;
  readonly customerId: number;
  readonly customerName: string;
  readonly seq: number;
  readonly due: Day;
  /** What is open on the installment (the amount at stake). */
  readonly amount: Minor;
  readonly daysPastDue: number;
  /** Dunning stage from the policy (core/dunning), e.g. "Courtesy", "Formal", "Legal". */
  readonly stage: string;
  /** Collection risk 0–100 (core/credit/collectRisk). */
  readonly risk: number;
  /**
   * amount × risk / 100 in the ranking's currency (the base of TodayOptions.rates, minor units):
   * the queue's order, largest first. For an item in the base currency, or with no rates in a
   * ledger of one currency, simply amount × risk / 100.
   */
  readonly exposure: number;
  /** The contract's currency (ISO code), which `amount` is in. */
  readonly currency: string;
  /** False when the item is in another currency than the ranking's and has no exchange rate (ranked 1:1 in whole units). */
  readonly rated: boolean;
  readonly owner: string;
  readonly lastContact: Day | undefined;
  readonly lastChannel: Channel | undefined;
  readonly nextAction: Day | undefined;
  readonly promiseDate: Day | undefined;
  readonly promiseAmount: Minor | undefined;
  readonly brokenPromise: boolean;
}

export interface TodayOptions {
  /** Also list open installments falling due within this many days (default 7). */
  readonly horizonDays?: number;
  readonly policy?: DunningPolicy;
  /** Credit score assumed for a customer never assessed (default 50, a middling C/D customer). */
  readonly unassessedScore?: number;
  /** Only this owner's work. */
  readonly owner?: string;
  /** Exchange rates to rank items in several currencies by value (Settings; core/ledger/rankingRates). */
  readonly rates?: RankingRates;
  /** The settings' default currency: the ranking's currency when no rate is set, and digits of a code ISO does not list (default CNY, 2). */
  readonly defaultCurrency?: CurrencyDigitsSetting;
}

/**
 * The Today queue: open installments of active plans on live contracts (not draft, not closed)
 * that are overdue or fall due within the horizon, ranked by exposure = open amount × collection
 * risk. Milestone installments whose milestone is not reached are not payable yet and stay out.
 * One pass per table with Maps, so 100,000 installments take a few tens of milliseconds. A caller
 * that also needs the ledger's index passes it, so it is built once.
 */
export function todayQueue(s: LedgerSnapshot, asOf: Day, opts: TodayOptions = {}, index: LedgerIndex = indexLedger(s)): TodayItem[] {
  const horizon = opts.horizonDays ?? 7;
  const policy = opts.policy ?? DEFAULT_DUNNING_POLICY;
  const unassessed = opts.unassessedScore ?? 50;
  const gaps = progressGaps(s.milestones, asOf);
  const contacts = contactStates(s.reminders, s.receipts, asOf);
  // Risk depends on the contract and the days past due only: compute each pair once.
  const riskMemo = new Map<number, number>();
  const stageMemo = new Map<number, string>();
  const items: { -readonly [K in keyof TodayItem]: TodayItem[K] }[] = [];
  const weights: number[] = [];
  const defaultCurrency = opts.defaultCurrency ?? DEFAULT_CURRENCY;
  const weightMemo = new Map<string, RankingWeight>();
  const { activePlanIds, allocatedByInstallment, contractById } = index;
  for (const inst of s.installments) {
    // Most rows of a mature ledger are paid: test that first, with one lookup.
    const open = inst.amountMinor - (allocatedByInstallment.get(inst.id!) ?? 0);
    if (open <= 0) continue;
    if (!activePlanIds.has(inst.planId)) continue;
    const contract = contractById.get(inst.contractId);
    if (!contract || contract.status === "closed" || contract.status === "draft") continue;
    const due = dayOf(inst.dueDate);
    const daysPastDue = asOf - due;
    if (daysPastDue < -horizon) continue;
    const owner = inst.owner ?? contract.owner;
    if (opts.owner !== undefined && owner !== opts.owner) continue;
    if (isAwaitingMilestone(inst, index)) continue;
    const key = contract.id! * 1e7 + daysPastDue + 5e6;
    let risk = riskMemo.get(key);
    if (risk === undefined) {
      const creditScore = index.latestAssessment.get(contract.customerId)?.score ?? unassessed;
      const gap = Math.max(-1, Math.min(1, gaps.get(contract.id!) ?? 0));
      risk = collectRisk({ daysPastDue, creditScore, progressGap: gap, disputed: contract.status === "disputed" }).risk;
      riskMemo.set(key, risk);
    }
    let stage = stageMemo.get(daysPastDue);
    if (stage === undefined) stageMemo.set(daysPastDue, (stage = dunningStage(daysPastDue, policy)));
    const contact = contacts.get(contract.id!);
    const currency = currencyCode(contract.currency);
    let weight = weightMemo.get(currency);
    if (weight === undefined) weightMemo.set(currency, (weight = rankingWeight(currency, opts.rates, defaultCurrency)));
    weights.push(weight.factor);
    items.push({
      installmentId: inst.id!,
      contractId: contract.id!,
      contractCode: contract.code,
      customerId: contract.customerId,
      customerName: index.customerById.get(contract.customerId)?.name ?? "",
      seq: inst.seq,
      due,
      amount: open,
      daysPastDue,
      stage,
      risk,
      owner,
      lastContact: contact?.lastContact,
      lastChannel: contact?.lastChannel,
      nextAction: contact?.nextAction,
      promiseDate: contact?.promiseDate,
      promiseAmount: contact?.promiseAmount,
      brokenPromise: contact?.brokenPromise ?? false,
      exposure: 0, // set by the ranking below
      currency,
      rated: weight.rated,
    });
  }
  return rankInPlace(items, weights);
}

const DEFAULT_CURRENCY: CurrencyDigitsSetting = { code: "CNY", digits: 2 };

/**
 * Sets each item's exposure (its amount times `weights[i]`, default 1, times risk / 100) and
 * returns the items in core/credit's exposure order.
 */
export function rankInPlace<T extends { amount: number; risk: number; exposure: number }>(items: T[], weights?: ArrayLike<number>): T[] {
  items.forEach((item, i) => (item.exposure = (item.amount * (weights ? weights[i] : 1) * item.risk) / 100));
  return Array.from(exposureOrder(items, weights), (i) => items[i]);
}
