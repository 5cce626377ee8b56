import type { Day } from "../../../core/dates";
import { isoFromSerial } from "../../../core/dates";
import { indexLedger } from "../../../core/ledger/ledgerIndex";
import type { LedgerSnapshot } from "../../../core/ledger/snapshot";
import { todayQueue } from "../../../core/ledger/today";
import type { Settings } from "../../../core/store/settings";
import type { ChaseRow } from "./chaseRow";

/** The Today queue (core's ranking) with what the page also shows: title, currency, contact. */
export function chaseRowsFrom(snapshot: LedgerSnapshot, today: Day, settings: Settings): ChaseRow[] {
  const index = indexLedger(snapshot);
  const opts = { policy: settings.dunningPolicy, rates: settings.rankingRates, defaultCurrency: settings.defaultCurrency };
  return todayQueue(snapshot, today, opts, index).map((item) => {
    const contract = index.contractById.get(item.contractId);
    const customer = index.customerById.get(item.customerId);
    return {
      installmentId: item.installmentId,
      contractId: item.contractId,
      contractCode: item.contractCode,
      contractTitle: contract?.title ?? "",
      signDate: contract?.signDate,
      customerName: item.customerName,
      customerContact: customer?.contact,
      seq: item.seq,
      dueDate: item.due,
      openMinor: item.amount,
      currency: item.currency,
      rated: item.rated,
      daysPastDue: item.daysPastDue,
      stage: item.stage,
      owner: item.owner,
      lastContact: item.lastContact !== undefined && item.lastChannel ? { date: isoFromSerial(item.lastContact), channel: item.lastChannel } : undefined,
      promise: item.promiseDate !== undefined ? { date: isoFromSerial(item.promiseDate), amountMinor: item.promiseAmount } : undefined,
      brokenPromise: item.brokenPromise,
      risk: item.risk,
    };
  });
}
