import { serialFromIso } from "../../../src/core/dates";
import { cashForecast } from "../../../src/core/ledger/cashflow";
import { agingTotals, topOverdueCustomers } from "../../../src/core/ledger/dashboard";
import { indexLedger } from "../../../src/core/ledger/ledgerIndex";
import { liveOpenRows } from "../../../src/core/ledger/liveOpenRows";
import { multiCurrencyLedger } from "../export/multiCurrencyLedger";
import { scenario } from "./scenario";

/*
 * The Dashboard's aging, forecast and top customers share one pass over the installments per
 * index, currency and day. Sharing must never hand one query's rows to another question.
 */
describe("the live open rows the Dashboard's figures share", () => {
  const march = serialFromIso("2026-03-10")!;
  const june = serialFromIso("2026-06-30")!;

  test("asked again with another currency or day on the same index, each answer is that question's, as from a fresh index", () => {
    const s = multiCurrencyLedger();
    const shared = indexLedger(s);
    for (const [currency, day] of [["CNY", march], ["JPY", march], ["CNY", june], ["jpy", june], ["USD", march]] as const) {
      expect(agingTotals(s, day, currency, [30, 60, 90], shared)).toEqual(agingTotals(s, day, currency, [30, 60, 90], indexLedger(s)));
      expect(cashForecast(s, day, currency, 13, shared)).toEqual(cashForecast(s, day, currency, 13, indexLedger(s)));
      expect(topOverdueCustomers(s, day, currency, 10, shared)).toEqual(topOverdueCustomers(s, day, currency, 10, indexLedger(s)));
    }
  });

  test("are the open rows of active plans on live contracts only, with their state on the day", () => {
    const s = scenario();
    const rows = liveOpenRows(s, march, "CNY", indexLedger(s));
    // Scenario: 11, 12, 13 (HT-1's active plan; 13 waits for its milestone), 21, 22 (HT-2);
    // not 10 (a replaced plan) nor 31 (a closed contract).
    expect(rows.map((r) => r.inst.id).sort((a, b) => a! - b!)).toEqual([11, 12, 13, 21, 22]);
    expect(rows.find((r) => r.inst.id === 13)?.state.status).toBe("awaiting");
    expect(rows.every((r) => r.state.open > 0 && r.contract.id === r.inst.contractId)).toBe(true);
  });
});
