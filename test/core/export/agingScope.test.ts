import fc from "fast-check";
import { agingFormulas, installmentLedgerTable } from "../../../src/core/export/ledgerReports";
import { headerValues, type SheetTable, sheetValues } from "../../../src/core/export/sheetTable";
import { REPORT_STRINGS } from "../../../src/core/export/strings";
import { columnLetters } from "../../../src/calc/engine";
import { isoFromSerial, serialFromIso } from "../../../src/core/dates";
import { agingTotals } from "../../../src/core/ledger/dashboard";
import { type LedgerSnapshot, snapshotOf } from "../../../src/core/ledger/snapshot";
import type { Allocation, Contract, ContractStatus, Installment, Milestone, PaymentPlan, Receipt } from "../../../src/core/store/types";
import { calc } from "../../support/calc";

/**
 * The workbook's aging by customer ages what the ledger counts as receivable, as the Dashboard's
 * aging does (core/ledger/dashboard agingTotals): an installment waiting for a milestone that has
 * not been reached is not yet due (Current, never overdue), and draft or closed contracts hold no
 * receivable. Worked by hand, as of 2026-03-10:
 * - HT-A (Acme, CNY, active): 1,000.00 due 2026-01-31 on the milestone "Acceptance", not reached
 *   (awaiting: Current); 500.00 due 2026-02-28 by date (10 days late: 1-30).
 * - HT-C (Acme, CNY, closed): 300.00 due 2025-12-31, left open when the contract was closed.
 * - HT-D (Beta, CNY, draft): 200.00 due 2026-02-01 on a contract not yet signed.
 * - HT-U (Beta, USD, active): 70.00 due 2025-11-30 on the milestone "Handover", not reached
 *   (Current); 40.00 due 2026-01-05 by date (64 days late: 61-90).
 */
const v = { rev: 1, updatedAt: "2026-01-01T00:00:00Z" };
const AS_OF = serialFromIso("2026-03-10")!;

function ledger(): LedgerSnapshot {
  const contract = (id: number, code: string, customerId: number, currency: string, status: ContractStatus): Contract => ({
    id, code, customerId, title: code, amountMinor: 1, currency, signDate: "2025-10-01", terms: "", owner: "Li", status, penalty: { kind: "none" }, ...v,
  });
  const plans: PaymentPlan[] = [1, 2, 3, 4].map((id) => ({ id, contractId: id, version: 1, active: 1, createdAt: "", ...v }));
  const milestones: Milestone[] = [
    { id: 1, contractId: 1, name: "Acceptance", plannedDate: "2026-01-21", percentComplete: 80, ...v },
    { id: 2, contractId: 4, name: "Handover", plannedDate: "2025-11-20", percentComplete: 50, ...v },
  ];
  const inst = (id: number, contractId: number, seq: number, dueDate: string, amountMinor: number, milestoneId?: number): Installment => ({
    id, planId: contractId, contractId, seq, dueDate, amountMinor, ...v,
    trigger: milestoneId === undefined ? { kind: "date" } : { kind: "milestone", milestoneId, offsetDays: 10 },
  });
  return snapshotOf({
    customers: [{ id: 1, code: "C-ACME", name: "Acme", ...v }, { id: 2, code: "C-BETA", name: "Beta", ...v }],
    contracts: [contract(1, "HT-A", 1, "CNY", "active"), contract(2, "HT-C", 1, "CNY", "closed"), contract(3, "HT-D", 2, "CNY", "draft"), contract(4, "HT-U", 2, "USD", "active")],
    plans,
    milestones,
    installments: [
      inst(1, 1, 1, "2026-01-31", 1000_00, 1), inst(2, 1, 2, "2026-02-28", 500_00),
      inst(3, 2, 1, "2025-12-31", 300_00),
      inst(4, 3, 1, "2026-02-01", 200_00),
      inst(5, 4, 1, "2025-11-30", 70_00, 2), inst(6, 4, 2, "2026-01-05", 40_00),
    ],
  });
}

/**
 * A formula over the written ledger table, through the workbook harness (HyperFormula): it has no
 * structured references, no TODAY() to pin and no if_empty argument to FILTER, so each
 * Ledger[Column] becomes the range the table's column covers, TODAY() the as-of day, and FILTER's
 * `,""` is dropped (every block here has rows).
 */
function evaluate(table: SheetTable, formula: string, asOf = AS_OF): unknown[][] {
  const n = table.rows.length;
  const sheet = [headerValues(table), ...sheetValues(table)];
  return calc(
    formula
      .replace(/HuikuanLedger\[([^\]]+)\]/g, (_, col: string) => {
        const i = table.columns.findIndex((x) => x.header === col);
        if (i < 0) throw new Error(`no column ${col}`);
        const c = columnLetters(i);
        return `${c}2:${c}${n + 1}`;
      })
      .replace(/,""\)/g, ")")
      .replaceAll("TODAY()", String(asOf)),
    sheet,
  ) as unknown[][];
}

/** Bucket totals of a block's customer rows, from the spill (header row and Key / Total columns left out). */
function bucketTotals(spill: unknown[][]): number[] {
  const rows = spill.slice(1).map((r) => r.slice(1, -1) as number[]);
  return spill[0].slice(1, -1).map((_, b) => Math.round(rows.reduce((s, r) => s + r[b], 0) * 100) / 100);
}

describe("the workbook's aging by customer ages what the ledger counts as receivable", () => {
  test.each(["en", "zh"] as const)("an installment awaiting its milestone is Current, and draft or closed contracts are left out (%s)", (lang) => {
    const table = installmentLedgerTable(ledger(), lang, AS_OF);
    const blocks = agingFormulas(table, "HuikuanLedger", lang);
    expect(blocks.map((b) => b.currency)).toEqual(["CNY", "USD"]);
    const [cny, usd] = blocks.map((b) => evaluate(table, b.formula));
    expect(cny).toEqual([
      ["Key", "Current", "1-30", "31-60", "61-90", ">90", "Total"],
      ["Acme", 1000, 500, 0, 0, 0, 1500],
    ]);
    expect(usd).toEqual([
      ["Key", "Current", "1-30", "31-60", "61-90", ">90", "Total"],
      ["Beta", 70, 0, 0, 40, 0, 110],
    ]);
    // The spill size reserved for the chart counts only the customers the block ages.
    expect(blocks.map((b) => b.rows)).toEqual([2, 2]);
  });

  test.each([["en", "Written off", "Closed"], ["zh", "已核销", "已关闭"]] as const)(
    "a closed contract's open row was written off: Open 0, state written off, no days past due, as AR.LEDGER says (%s)",
    (lang, writtenOff, closed) => {
      const table = installmentLedgerTable(ledger(), lang, AS_OF);
      const [contract, amount, received, open, state, daysPastDue, status] = ["contract", "amount", "received", "open", "state", "daysPastDue", "contractStatus"]
        .map((k) => table.columns.findIndex((c) => c.header === REPORT_STRINGS[lang][k as keyof (typeof REPORT_STRINGS)["en"]]));
      const row = table.rows.find((r) => r[contract] === "HT-C")!;
      expect([row[amount], row[received], row[open], row[state], row[daysPastDue], row[status]]).toEqual([300_00, 0, 0, writtenOff, 0, closed]);
      // The active contract's overdue row is still open and aged.
      const live = table.rows.find((r) => r[contract] === "HT-A" && r[open] === 500_00)!;
      expect(live[daysPastDue]).toBe(10);
    },
  );

  test("each block's bucket totals are the Dashboard's aging of that currency", () => {
    const s = ledger();
    const table = installmentLedgerTable(s, "en", AS_OF);
    for (const block of agingFormulas(table, "HuikuanLedger", "en")) {
      const dashboard = agingTotals(s, AS_OF, block.currency!).totals.map((m) => m / 100);
      expect([block.currency, bucketTotals(evaluate(table, block.formula))]).toEqual([block.currency, dashboard]);
    }
  });

  test("a one-currency ledger with an awaiting installment and a closed contract keeps one block that ages them as the Dashboard does", () => {
    const s = ledger();
    const cnyOnly = { ...s, contracts: s.contracts.filter((c) => c.currency === "CNY"), installments: s.installments.filter((i) => i.contractId !== 4) };
    const table = installmentLedgerTable(cnyOnly, "en", AS_OF);
    const blocks = agingFormulas(table, "HuikuanLedger", "en");
    expect(blocks.length).toBe(1);
    expect(bucketTotals(evaluate(table, blocks[0].formula))).toEqual(agingTotals(cnyOnly, AS_OF, "CNY").totals.map((m) => m / 100));
  });

  test("on random ledgers (any status, currency, payments, milestones reached or not) every block ages as the Dashboard does", () => {
    const DIGITS: Record<string, number> = { CNY: 2, USD: 2, JPY: 0, KWD: 3 };
    const STATUSES: readonly ContractStatus[] = ["draft", "active", "closed", "disputed"];
    const asOf = serialFromIso("2026-04-15")!;
    const day = fc.integer({ min: asOf - 200, max: asOf + 60 });
    const row = fc.record({ due: day, amount: fc.integer({ min: 1, max: 5_000_000 }), paid: fc.integer({ min: 0, max: 100 }), milestone: fc.constantFrom("none", "reached", "waiting") });
    const spec = fc.array(fc.record({ customer: fc.integer({ min: 1, max: 3 }), currency: fc.constantFrom("CNY", "USD", "JPY", "KWD"), status: fc.constantFrom(...STATUSES), rows: fc.array(row, { minLength: 1, maxLength: 4 }) }), { minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(spec, (contracts) => {
        let ids = 0;
        const contractsOut: Contract[] = [];
        const plans: PaymentPlan[] = [];
        const milestones: Milestone[] = [];
        const installments: Installment[] = [];
        const receipts: Receipt[] = [];
        const allocations: Allocation[] = [];
        contracts.forEach((c, i) => {
          const id = i + 1;
          contractsOut.push({ id, code: `HT-${id}`, customerId: c.customer, title: "", amountMinor: 1, currency: c.currency, signDate: "2025-01-01", terms: "", owner: "Li", status: c.status, penalty: { kind: "none" }, ...v });
          plans.push({ id, contractId: id, version: 1, active: 1, createdAt: "", ...v });
          c.rows.forEach((r, seq) => {
            const instId = ++ids;
            let trigger: Installment["trigger"] = { kind: "date" };
            if (r.milestone !== "none") {
              const mId = instId;
              milestones.push({ id: mId, contractId: id, name: "M", plannedDate: isoFromSerial(r.due), percentComplete: 50, ...v, ...(r.milestone === "reached" ? { actualDate: isoFromSerial(r.due) } : {}) });
              trigger = { kind: "milestone", milestoneId: mId, offsetDays: 0 };
            }
            installments.push({ id: instId, planId: id, contractId: id, seq: seq + 1, dueDate: isoFromSerial(r.due), amountMinor: r.amount, trigger, ...v });
            const paid = Math.floor((r.amount * r.paid) / 100);
            if (paid > 0) {
              receipts.push({ id: instId, contractId: id, date: isoFromSerial(r.due), amountMinor: paid, method: "transfer", ...v });
              allocations.push({ id: instId, receiptId: instId, installmentId: instId, contractId: id, amountMinor: paid });
            }
          });
        });
        const s = snapshotOf({
          customers: [1, 2, 3].map((id) => ({ id, code: `C-${id}`, name: `Customer ${id}`, ...v })),
          contracts: contractsOut, plans, milestones, installments, receipts, allocations,
        });
        const table = installmentLedgerTable(s, "en", asOf);
        for (const block of agingFormulas(table, "HuikuanLedger", "en")) {
          const digits = DIGITS[block.currency!];
          const live = contracts.some((c) => c.currency === block.currency && (c.status === "active" || c.status === "disputed"));
          if (!live) {
            // Every row of the currency is filtered out: Excel's FILTER gives its if_empty "" and the
            // block is its header alone (the harness's FILTER has no if_empty to show it).
            expect(agingTotals(s, asOf, block.currency!).totals.every((t) => t === 0)).toBe(true);
            expect([block.rows, block.formula.includes(',"")')]).toEqual([1, true]);
            continue;
          }
          const spill = evaluate(table, block.formula, asOf);
          const written = spill[0].slice(1, -1).map((_, b) => spill.slice(1).reduce((sum, r) => sum + Math.round((r[b + 1] as number) * 10 ** digits), 0));
          expect([block.currency, written]).toEqual([block.currency, agingTotals(s, asOf, block.currency!).totals]);
          expect(block.rows).toBe(spill.length);
        }
      }),
      { numRuns: 40 },
    );
  });
});
