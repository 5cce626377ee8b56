import { currencyDigits, currencyFromText } from "../currencies";
import type { Day } from "../dates";
import { fromMinor, type Minor } from "../money";
import type { Contract, Customer } from "../store/types";
import { indexLedger, type LedgerIndex } from "./ledgerIndex";
import { installmentState } from "./installmentState";
import type { LedgerSnapshot } from "./snapshot";

/**
 * Amounts in different currencies are never added. The product has no exchange rates, so every
 * total across contracts (the Dashboard's figures, a customer's exposure) is taken over the
 * contracts of one currency: its installments, invoices, receipts and allocations are in the
 * contract's currency (Contract.currency). A receipt, invoice or installment whose contract is not
 * in the ledger has no known currency and is in no total.
 */

/**
 * A currency code as stored codes are compared: trimmed, upper case ("usd " → "USD"), and a name
 * an older import stored as written ("人民币", "RMB") read as its code, so it is not a currency of
 * its own in totals and selectors.
 */
export function currencyCode(code: string): string {
  return currencyFromText(code) ?? code.trim().toUpperCase();
}

/** Ids of the contracts in `currency` (any status). */
export function contractIdsIn(s: LedgerSnapshot, currency: string): Set<number> {
  const code = currencyCode(currency);
  const ids = new Set<number>();
  for (const c of s.contracts) if (currencyCode(c.currency) === code) ids.add(c.id!);
  return ids;
}

/** Contracts whose receivables count: signed and not closed. */
export function isLiveStatus(status: string): boolean {
  return status !== "closed" && status !== "draft";
}

export interface CurrencyOutstanding {
  readonly currency: string;
  /** Open on active plans of live contracts in this currency. */
  readonly outstanding: Minor;
}

/**
 * Every currency the ledger's contracts are in (any status, so a currency with only closed
 * contracts still has its collections to show), each with what is open in it. Sorted by code.
 */
export function ledgerCurrencies(s: LedgerSnapshot, asOf: Day, index: LedgerIndex = indexLedger(s)): CurrencyOutstanding[] {
  // Each stored text is read as a code once, not once per installment (100,000 of them).
  const codes = new Map<string, string>();
  const codeOf = (text: string): string => {
    let code = codes.get(text);
    if (code === undefined) codes.set(text, (code = currencyCode(text)));
    return code;
  };
  const open = new Map<string, { outstanding: number }>();
  for (const c of s.contracts) {
    const code = codeOf(c.currency);
    if (!open.has(code)) open.set(code, { outstanding: 0 });
  }
  // contractId → the total of its currency, for the live contracts only.
  const totalOf = new Map<number, { outstanding: number }>();
  for (const [id, c] of index.contractById) if (isLiveStatus(c.status)) totalOf.set(id, open.get(codeOf(c.currency))!);
  for (const inst of s.installments) {
    if (!index.activePlanIds.has(inst.planId)) continue;
    const total = totalOf.get(inst.contractId);
    if (total) total.outstanding += installmentState(inst, index, asOf).open;
  }
  return [...open.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([currency, { outstanding }]) => ({ currency, outstanding }));
}

/**
 * The currency a view opens on: the preferred one (the settings' default currency) when the ledger
 * has contracts in it, else the one with the most outstanding (ties: the first code), else the
 * preferred one (an empty ledger). "Most" is read in each currency's own units, as the page shows
 * them (JPY 30,000 is more than USD 500.00): with no exchange rates this picks a view, it does not
 * compare values.
 */
export function initialCurrency(currencies: readonly CurrencyOutstanding[], preferred: string): string {
  const want = currencyCode(preferred);
  if (currencies.some((c) => c.currency === want)) return want;
  let best: { currency: string; units: number } | undefined;
  for (const c of currencies) {
    const units = fromMinor(c.outstanding, currencyDigits(c.currency));
    if (!best || units > best.units || (units === best.units && c.currency < best.currency)) best = { currency: c.currency, units };
  }
  return best?.currency ?? want;
}

/**
 * The currency a customer's credit limit is in: its own (Customer.currency) when set, else the
 * ledger's default. Limits and utilisation are compared in this currency only.
 */
export function creditCurrencyOf(customer: Pick<Customer, "currency"> | undefined, defaultCurrency: string): string {
  const own = customer?.currency?.trim();
  return currencyCode(own ? own : defaultCurrency);
}

/**
 * The currency a collection target WITHOUT a currency of its own is read in. Targets record their
 * currency when saved (CollectionTarget.currency, core/store/targets setTarget) and apply only to
 * collections in it; one stored before that has none and keeps today's reading: the ledger's
 * default currency — or, when every contract is in one other currency, that one (a ledger with a
 * single currency has nothing else to set targets in).
 */
export function targetsCurrencyOf(currencies: readonly CurrencyOutstanding[], defaultCurrency: string): string {
  return currencies.length === 1 ? currencies[0].currency : currencyCode(defaultCurrency);
}

/**
 * targetsCurrencyOf from the raw records, for the writers that give such a target its currency
 * (schema v3's upgrade, restoring an older backup, changing the default currency): the only
 * currency of the contracts when there is one, else the default.
 */
export function legacyTargetCurrency(contracts: readonly Pick<Contract, "currency">[], defaultCurrency: string): string {
  const codes = new Set(contracts.map((c) => currencyCode(c.currency)));
  return codes.size === 1 ? [...codes][0] : currencyCode(defaultCurrency);
}
