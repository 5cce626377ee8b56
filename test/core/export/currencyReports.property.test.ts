import fc from "fast-check";
import { agingFormulas, installmentLedgerTable, planVsActualTable, reminderLogTable } from "../../../src/core/export/ledgerReports";
import { numberFormats, type SheetTable, sheetValues } from "../../../src/core/export/sheetTable";
import { isoFromSerial, serialFromIso } from "../../../src/core/dates";
import { type LedgerSnapshot, snapshotOf } from "../../../src/core/ledger/snapshot";
import type { Allocation, Contract, ContractStatus, Customer, Installment, PaymentPlan, Receipt, Reminder } from "../../../src/core/store/types";

/**
 * Properties of the reports on random ledgers whose contracts are in CNY, USD, JPY or KWD (codes
 * stored in any case and with spaces), plan versions active or not, part payments, on-account
 * receipts and promises:
 * 1. nothing of another currency: the rows of currency C in each report are exactly the rows of
 *    the same report over the ledger with every other currency's contracts (and their rows) removed;
 * 2. nothing lost: a currency's planned and actual add up to its active-plan installments and its
 *    receipts, summed here plainly;
 * 3. every amount lands in its own currency's units, with a number format of its digits.
 */

const v = { rev: 1, updatedAt: "2026-01-01T00:00:00Z" };
const DIGITS: Record<string, number> = { CNY: 2, USD: 2, JPY: 0, KWD: 3 }; // ISO 4217, written out here
const STORED = ["CNY", "USD", "JPY", "KWD", "jpy", " usd "];
const FIRST = serialFromIso("2025-10-01")!;
const LAST = serialFromIso("2026-09-30")!;
const AS_OF = serialFromIso("2026-04-15")!;
const STATUSES: readonly ContractStatus[] = ["draft", "active", "closed", "disputed"];

const code = (stored: string) => stored.trim().toUpperCase();
const day = fc.integer({ min: FIRST, max: LAST });
const rowSpec = fc.record({ due: day, amount: fc.integer({ min: 1, max: 5_000_000 }), paid: fc.integer({ min: 0, max: 100 }), paidOn: day });
const contractSpec = fc.record({
  currency: fc.constantFrom(...STORED),
  customer: fc.nat(),
  status: fc.constantFrom(...STATUSES),
  plans: fc.array(fc.array(rowSpec, { maxLength: 4 }), { minLength: 1, maxLength: 2 }),
  active: fc.oneof({ arbitrary: fc.nat(), weight: 5 }, { arbitrary: fc.constant(-1), weight: 1 }),
  onAccount: fc.array(fc.record({ on: day, amount: fc.integer({ min: 1, max: 3_000_000 }) }), { maxLength: 2 }),
  promises: fc.array(fc.record({ on: day, amount: fc.option(fc.integer({ min: 1, max: 3_000_000 }), { nil: undefined }) }), { maxLength: 2 }),
});
const ledgerSpec = fc.record({
  customers: fc.integer({ min: 1, max: 3 }),
  contracts: fc.array(contractSpec, { minLength: 1, maxLength: 6 }),
});
type Spec = typeof ledgerSpec extends fc.Arbitrary<infer T> ? T : never;

function buildLedger(spec: Spec): LedgerSnapshot {
  let ids = 0;
  const next = () => ++ids;
  const customers: Customer[] = Array.from({ length: spec.customers }, (_, i) => ({ id: i + 1, code: `C-${i + 1}`, name: `Customer ${i + 1}`, ...v }));
  const contracts: Contract[] = [];
  const plans: PaymentPlan[] = [];
  const installments: Installment[] = [];
  const receipts: Receipt[] = [];
  const allocations: Allocation[] = [];
  const reminders: Reminder[] = [];
  spec.contracts.forEach((c, i) => {
    const contractId = i + 1;
    contracts.push({
      id: contractId, code: `HT-${contractId}`, customerId: (c.customer % spec.customers) + 1, title: "", amountMinor: 1, currency: c.currency,
      signDate: "2025-10-01", terms: "", owner: "Li", status: c.status, penalty: { kind: "none" }, ...v,
    });
    const active = c.active < 0 ? -1 : c.active % c.plans.length;
    c.plans.forEach((rows, p) => {
      const planId = next();
      plans.push({ id: planId, contractId, version: p + 1, active: p === active ? 1 : 0, createdAt: "", ...v });
      rows.forEach((r, seq) => {
        const id = next();
        installments.push({ id, planId, contractId, seq: seq + 1, dueDate: isoFromSerial(r.due), amountMinor: r.amount, trigger: { kind: "date" }, ...v });
        const paid = Math.floor((r.amount * r.paid) / 100);
        if (paid > 0) {
          const receiptId = next();
          receipts.push({ id: receiptId, contractId, date: isoFromSerial(r.paidOn), amountMinor: paid, method: "transfer", ...v });
          allocations.push({ id: next(), receiptId, installmentId: id, contractId, amountMinor: paid });
        }
      });
    });
    for (const a of c.onAccount) receipts.push({ id: next(), contractId, date: isoFromSerial(a.on), amountMinor: a.amount, method: "transfer", ...v });
    for (const p of c.promises) {
      reminders.push({ id: next(), contractId, date: isoFromSerial(p.on), channel: "phone", contact: "", outcome: "", promiseAmountMinor: p.amount, owner: "Li", ...v });
    }
  });
  return snapshotOf({ customers, contracts, plans, installments, receipts, allocations, reminders });
}

/** The ledger with only the contracts in `currency`, and only their rows. */
function restricted(s: LedgerSnapshot, currency: string): LedgerSnapshot {
  const ids = new Set(s.contracts.filter((c) => code(c.currency) === currency).map((c) => c.id!));
  const mine = <T extends { contractId: number }>(rows: readonly T[]) => rows.filter((r) => ids.has(r.contractId));
  return {
    ...s, contracts: s.contracts.filter((c) => ids.has(c.id!)), plans: mine(s.plans), installments: mine(s.installments),
    receipts: mine(s.receipts), allocations: mine(s.allocations), reminders: mine(s.reminders),
  };
}

const currenciesOf = (s: LedgerSnapshot) => [...new Set(s.contracts.map((c) => code(c.currency)))].sort();
const col = (t: SheetTable, header: string) => t.columns.findIndex((c) => c.header === header);
const rowsIn = (t: SheetTable, currency: string) => t.rows.filter((r) => r[col(t, "Currency")] === currency);
const moneyFormat = (digits: number) => (digits === 0 ? "#,##0" : `#,##0.${"0".repeat(digits)}`);

/** Every money cell of `t`, as written, times 10^digits of its row's currency is the row's minor units; its format shows those digits. */
function expectOwnUnits(t: SheetTable): void {
  const values = sheetValues(t);
  const formats = numberFormats(t);
  const cur = col(t, "Currency");
  t.rows.forEach((row, r) => {
    const digits = DIGITS[String(row[cur])];
    expect(digits).toBeDefined(); // every row here has a contract, so a known currency
    t.columns.forEach((c, i) => {
      if (c.kind !== "money" || row[i] === null) return;
      expect(Math.round((values[r][i] as number) * 10 ** digits)).toBe(row[i]);
      expect(formats[r][i]).toBe(moneyFormat(digits));
    });
  });
}

describe("reports over random ledgers in several currencies", () => {
  test("each currency's rows of every report are that report over the ledger restricted to the currency", () => {
    fc.assert(
      fc.property(ledgerSpec, (spec) => {
        const s = buildLedger(spec);
        const all = { ledger: installmentLedgerTable(s, "en", AS_OF), plan: planVsActualTable(s, "en"), reminders: reminderLogTable(s, "en") };
        const currencies = currenciesOf(s);
        for (const t of Object.values(all)) expect(new Set(t.rows.map((r) => r[col(t, "Currency")])).size).toBeLessThanOrEqual(currencies.length);
        let ledgerRows = 0;
        let planRows = 0;
        for (const c of currencies) {
          const only = restricted(s, c);
          const ledger = rowsIn(all.ledger, c);
          expect(ledger).toEqual(installmentLedgerTable(only, "en", AS_OF).rows);
          expect(rowsIn(all.plan, c)).toEqual(planVsActualTable(only, "en").rows);
          expect(rowsIn(all.reminders, c)).toEqual(reminderLogTable(only, "en").rows);
          ledgerRows += ledger.length;
          planRows += rowsIn(all.plan, c).length;
        }
        // …and no row is outside a currency.
        expect(ledgerRows).toBe(all.ledger.rows.length);
        expect(planRows).toBe(all.plan.rows.length);
      }),
      { numRuns: 150 },
    );
  });

  test("a currency's planned and actual add up to its active-plan installments and its receipts, and its last cumulative figures are those sums", () => {
    fc.assert(
      fc.property(ledgerSpec, (spec) => {
        const s = buildLedger(spec);
        const plan = planVsActualTable(s, "en");
        const activePlans = new Set(s.plans.filter((p) => p.active === 1).map((p) => p.id));
        for (const c of currenciesOf(s)) {
          const ids = new Set(s.contracts.filter((k) => code(k.currency) === c).map((k) => k.id));
          const planned = s.installments.filter((i) => ids.has(i.contractId) && activePlans.has(i.planId)).reduce((a, i) => a + i.amountMinor, 0);
          const actual = s.receipts.filter((r) => ids.has(r.contractId)).reduce((a, r) => a + r.amountMinor, 0);
          const rows = rowsIn(plan, c);
          const sum = (header: string) => rows.reduce((a, r) => a + (r[col(plan, header)] as number), 0);
          expect([sum("Planned"), sum("Actual")]).toEqual([planned, actual]);
          if (rows.length > 0) expect([rows.at(-1)![col(plan, "Cumulative planned")], rows.at(-1)![col(plan, "Cumulative actual")]]).toEqual([planned, actual]);
          else expect([planned, actual]).toEqual([0, 0]);
        }
      }),
      { numRuns: 150 },
    );
  });

  test("every amount is written in its own currency's units with a format of its digits", () => {
    fc.assert(
      fc.property(ledgerSpec, (spec) => {
        const s = buildLedger(spec);
        expectOwnUnits(installmentLedgerTable(s, "en", AS_OF));
        expectOwnUnits(planVsActualTable(s, "en"));
        expectOwnUnits(reminderLogTable(s, "en"));
      }),
      { numRuns: 150 },
    );
  });

  test("the aging has one block per currency of the ledger table, sized by that currency's customers, formatted in its digits", () => {
    fc.assert(
      fc.property(ledgerSpec, (spec) => {
        const s = buildLedger(spec);
        const ledger = installmentLedgerTable(s, "en", AS_OF);
        const blocks = agingFormulas(ledger, "HuikuanLedger", "en");
        const inTable = [...new Set(ledger.rows.map((r) => r[col(ledger, "Currency")] as string))].sort();
        if (inTable.length === 0) {
          expect(blocks.map((b) => b.currency)).toEqual([undefined]);
          return;
        }
        expect(blocks.map((b) => b.currency)).toEqual(inTable);
        for (const b of blocks) {
          // Rows of draft and closed contracts hold no receivable: the block leaves them out.
          const rows = rowsIn(ledger, b.currency!);
          const live = rows.filter((r) => !["Draft", "Closed"].includes(r[col(ledger, "Contract status")] as string));
          const customers = new Set(live.map((r) => r[col(ledger, "Customer")]));
          expect([b.rows, b.digits]).toEqual([customers.size + 1, DIGITS[b.currency!]]);
          expect(b.formula.includes("FILTER(")).toBe(inTable.length > 1 || live.length < rows.length);
          // A currency without two decimals is named, so AR.AGINGBY keeps its amounts to its unit.
          expect(b.formula.endsWith(`,"${b.currency}")`)).toBe(DIGITS[b.currency!] !== 2);
        }
      }),
      { numRuns: 150 },
    );
  });
});
