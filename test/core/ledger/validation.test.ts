import { isArInputError } from "../../../src/core/errors";
import { allocateReceipt } from "../../../src/core/ledger/receiptAllocation";
import { validateContract, validateInstallments, validatePenalty, validateReminder } from "../../../src/core/ledger/validateRecords";
import { parsePeriod } from "../../../src/core/ledger/periods";
import { serialFromIso } from "../../../src/core/dates";
import fc from "fast-check";

const contract = { code: " HT-9 ", customerId: 1, title: "t", amountMinor: 1_00, currency: "cny", signDate: "2026-3-5", terms: "", owner: "Li", penalty: { kind: "none" as const } };

function messageOf(f: () => unknown, lang: "en" | "zh" = "en"): string {
  try {
    f();
  } catch (e) {
    return isArInputError(e) ? e.messageIn(lang) : String(e);
  }
  return "no error";
}

describe("record validation", () => {
  it("normalises what it accepts: trimmed code, upper-case currency, zero-padded date, active by default", () => {
    const d = validateContract(contract);
    expect([d.code, d.currency, d.signDate, d.status]).toEqual(["HT-9", "CNY", "2026-03-05", "active"]);
  });

  it("names the plan row at fault, in both languages", () => {
    const rows = [{ dueDate: "2026-01-31", amountMinor: 1 }, { dueDate: "2026-02-31", amountMinor: 1 }];
    expect(messageOf(() => validateInstallments(rows))).toMatch(/^Row 2: dueDate must be a date/);
    expect(messageOf(() => validateInstallments(rows), "zh")).toMatch(/^第 2 行：/);
  });

  it("refuses a promise or next action dated before the contact it was agreed in, whoever writes it", () => {
    const contact = { contractId: 1, date: "2026-11-20", channel: "phone" as const, contact: "AP", outcome: "", owner: "Li" };
    expect(messageOf(() => validateReminder({ ...contact, promiseDate: "2026-11-19", promiseAmountMinor: 100 }))).toBe(
      "promiseDate cannot be before the contact date, 2026-11-20; got 2026-11-19.",
    );
    expect(messageOf(() => validateReminder({ ...contact, nextActionDate: "2026-11-01" }), "zh")).toBe("nextActionDate 不能早于联系日期 2026-11-20，而输入为 2026-11-01。");
    // The same day is fine: a promise to pay today, a follow-up later today.
    expect(validateReminder({ ...contact, promiseDate: "2026-11-20", nextActionDate: "2026-11-20" }).promiseDate).toBe("2026-11-20");
  });

  it("checks penalty clauses: interest needs a 360/365 year, a daily rate must be a fraction", () => {
    expect(validatePenalty({ kind: "interest", annualRate: 0.12, yearDays: 365, graceDays: 5 })).toEqual({ kind: "interest", annualRate: 0.12, yearDays: 365, graceDays: 5 });
    expect(messageOf(() => validatePenalty({ kind: "interest", annualRate: 0.12, yearDays: 300 as never, graceDays: 0 }))).toMatch(/yearDays/);
    expect(messageOf(() => validatePenalty({ kind: "daily", dailyRate: 5 }))).toMatch(/dailyRate must be between 0 and 1/);
  });

  it("reads months and quarters as day ranges", () => {
    expect(parsePeriod("2026-02")).toEqual({ from: serialFromIso("2026-02-01"), to: serialFromIso("2026-02-28") });
    expect(parsePeriod("2026-q4")).toEqual({ from: serialFromIso("2026-10-01"), to: serialFromIso("2026-12-31") });
    expect(messageOf(() => parsePeriod("2026-Q5"))).toMatch(/month YYYY-MM or a quarter YYYY-Qn/);
  });
});

describe("allocating one receipt", () => {
  it("settles the first rows in full, then part of the next; the excess stays on account", () => {
    const open = [{ installmentId: 7, open: 100 }, { installmentId: 8, open: 100 }, { installmentId: 9, open: 100 }];
    expect(allocateReceipt(open, 150)).toEqual({ parts: [{ installmentId: 7, amount: 100 }, { installmentId: 8, amount: 50 }], onAccount: 0 });
    expect(allocateReceipt(open, 330).onAccount).toBe(30);
  });

  it("never gives a row more than it is open and accounts for every minor unit (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10_000 }), { maxLength: 8 }), fc.integer({ min: 1, max: 50_000 }), (opens, amount) => {
        const rows = opens.map((open, i) => ({ installmentId: i + 1, open }));
        const plan = allocateReceipt(rows, amount);
        const given = plan.parts.reduce((s, p) => s + p.amount, 0);
        expect(given + plan.onAccount).toBe(amount);
        for (const p of plan.parts) expect(p.amount).toBeLessThanOrEqual(rows[p.installmentId - 1].open);
        expect(plan.onAccount > 0 ? given : amount).toBe(plan.onAccount > 0 ? opens.reduce((s, o) => s + o, 0) : given);
      }),
    );
  });
});
