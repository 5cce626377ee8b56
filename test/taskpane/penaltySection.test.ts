import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createElement as h } from "react";
import { renderToString } from "react-dom/server";
import { serialFromYmd } from "../../src/core/dates";
import { indexLedger } from "../../src/core/ledger/ledgerIndex";
import { snapshotOf } from "../../src/core/ledger/snapshot";
import { letterInputFromLedger } from "../../src/core/letters/fromLedger";
import { formatMoney } from "../../src/core/moneyFormat";
import type { Contract, Customer, Installment, PaymentPlan, PenaltyClause, Receipt } from "../../src/core/store/types";
import { StringsProvider } from "../../src/taskpane/i18n/StringsContext";
import { contractViewFrom } from "../../src/taskpane/pages/Contracts/contractView";
import { PenaltySection } from "../../src/taskpane/pages/Contracts/PenaltySection";
import { strings } from "../../src/taskpane/pages/Contracts/strings";

/*
 * HT-001, CNY, today 2026-11-27. Checked by hand:
 *   #1 500,000.00 due 2026-06-30: 250,000.00 received 2026-07-20 (20 days late) and 250,000.00
 *      received 2026-10-08 (31 + 31 + 30 + 8 = 100 days late): paid in full, late.
 *   #2 600,000.00 due 2026-09-28: 300,000.00 received 2026-10-10 (12 days late), 300,000.00 open,
 *      60 days late (2 + 31 + 27).
 * Late interest 12% a year, 365-day year, no grace:
 *   #1 250,000 × 0.12 × 20 / 365 = 1,643.84; 250,000 × 0.12 × 100 / 365 = 8,219.18 → 9,863.02
 *   #2 300,000 × 0.12 × 60 / 365 = 5,917.81 (the open rest); 300,000 × 0.12 × 12 / 365 = 1,183.56
 *      (the part received late) → 7,101.37
 */
const day = (y: number, m: number, d: number) => serialFromYmd(y, m, d);
const today = day(2026, 11, 27);
const meta = { rev: 1, updatedAt: "2026-11-01T00:00:00Z" };
const customer: Customer = { ...meta, id: 1, code: "C1", name: "华东建设有限公司" };
const plans: PaymentPlan[] = [{ ...meta, id: 1, contractId: 1, version: 1, active: 1, createdAt: "2026-06-01" }];
const installments: Installment[] = [
  { ...meta, id: 1, planId: 1, contractId: 1, seq: 1, dueDate: "2026-06-30", amountMinor: 500_000_00, trigger: { kind: "date" } },
  { ...meta, id: 2, planId: 1, contractId: 1, seq: 2, dueDate: "2026-09-28", amountMinor: 600_000_00, trigger: { kind: "date" } },
];
const receipt = (id: number, date: string, amountMinor: number): Receipt => ({ ...meta, id, contractId: 1, date, amountMinor, method: "transfer" });
const receipts = [receipt(1, "2026-07-20", 250_000_00), receipt(2, "2026-10-08", 250_000_00), receipt(3, "2026-10-10", 300_000_00)];
const allocations = [
  { id: 1, receiptId: 1, installmentId: 1, contractId: 1, amountMinor: 250_000_00 },
  { id: 2, receiptId: 2, installmentId: 1, contractId: 1, amountMinor: 250_000_00 },
  { id: 3, receiptId: 3, installmentId: 2, contractId: 1, amountMinor: 300_000_00 },
];

function ledger(penalty: PenaltyClause) {
  const contract: Contract = {
    ...meta, id: 1, code: "HT-001", customerId: 1, title: "厂房改造", amountMinor: 1_100_000_00, currency: "CNY",
    signDate: "2026-06-01", terms: "", owner: "李娜", status: "active", penalty,
  };
  return snapshotOf({ customers: [customer], contracts: [contract], plans, installments, receipts, allocations });
}

const money = (minor: number) => formatMoney(minor, "CNY", 2);

/** The penalty section of the contract page as its text lines (server rendering, no DOM needed). */
function pageLines(penalty: PenaltyClause, language: "en-US" | "zh-CN" = "en-US"): string[] {
  const view = contractViewFrom(ledger(penalty), 1, today)!;
  const html = renderToString(
    h(FluentProvider, { theme: webLightTheme },
      h(StringsProvider, { language, children: h(PenaltySection, { view, s: strings.en, money, digits: 2, today }) })),
  );
  return [...html.matchAll(/<span[^>]*>([^<]*)<\/span>/g)].map((m) => m[1].replace(/&amp;/g, "&").replace(/&quot;/g, "\"").replace(/&#x27;/g, "'"));
}

function letterInterest(penalty: PenaltyClause, seq: number): number | undefined {
  const s = ledger(penalty);
  return letterInputFromLedger(s, indexLedger(s), 1, today)!.installments.find((i) => i.seq === seq)?.interestMinor;
}

const interest: PenaltyClause = { kind: "interest", annualRate: 0.12, yearDays: 365, graceDays: 0 };

describe("the contract page's accrued interest is the reminder letter's", () => {
  test("an installment part-paid late: the part received late keeps the interest it ran up (7,101.37, not 5,917.81 on the open rest)", () => {
    const lines = pageLines(interest);
    const row = lines.find((l) => l.startsWith("#2 "));
    expect(row).toBeDefined();
    expect(row).toMatch(/: CNY 7,101\.37$/);
    expect(row).toContain("CNY 300,000.00 open");
    expect(letterInterest(interest, 2)).toBe(7_101_37);
  });

  test("an installment paid in full late is listed apart, with the interest it ran up to each receipt (9,863.02)", () => {
    const lines = pageLines(interest);
    const title = lines.indexOf("Accrued on payments received late");
    expect(title).toBeGreaterThan(-1);
    const row = lines.slice(title).find((l) => l.startsWith("#1 "));
    expect(row).toMatch(/: CNY 9,863\.02$/);
    expect(row).toContain("CNY 500,000.00 received late");
    // The overdue part of the section (what the letter asks for) does not include it.
    expect(lines.slice(0, title).some((l) => l.startsWith("#1 "))).toBe(false);
    expect(lines).toContain("Total accrued: CNY 7,101.37");
    expect(lines).toContain("Total accrued on payments received late: CNY 9,863.02");
    // The letter asks only for what is overdue: #1 is not in it.
    expect(letterInterest(interest, 1)).toBeUndefined();
  });

  test("a 30-day grace period: parts received within it run up nothing, later ones run from the due date", () => {
    // #1: 20 days late is within grace (0); 100 days late → 8,219.18. #2: 12 days (0) + 60 days on the open rest → 5,917.81.
    const grace: PenaltyClause = { ...interest, graceDays: 30 };
    const lines = pageLines(grace);
    expect(lines.find((l) => l.startsWith("#2 "))).toMatch(/: CNY 5,917\.81$/);
    expect(lines.find((l) => l.startsWith("#1 "))).toMatch(/: CNY 8,219\.18$/);
    expect(letterInterest(grace, 2)).toBe(5_917_81);
  });

  test("a daily penalty: each part runs up 0.05% a day until received (#2: 9,000.00 + 1,800.00)", () => {
    // 300,000 × 0.0005 × 60 = 9,000.00 on the open rest; 300,000 × 0.0005 × 12 = 1,800.00 on the part received late.
    const daily: PenaltyClause = { kind: "daily", dailyRate: 0.0005 };
    expect(pageLines(daily).find((l) => l.startsWith("#2 "))).toMatch(/: CNY 10,800\.00$/);
    expect(letterInterest(daily, 2)).toBe(10_800_00);
  });

  test("a daily penalty capped at 2% of each amount: the open rest stops at 6,000.00, the part received late keeps 1,800.00", () => {
    // cap on 300,000 = 6,000.00: 9,000.00 → 6,000.00 on the open rest; 1,800.00 is under it.
    // #1: 250,000 × 0.0005 × 20 = 2,500.00, 250,000 × 0.0005 × 100 = 12,500.00 → capped at 5,000.00 each.
    const capped: PenaltyClause = { kind: "daily", dailyRate: 0.0005, capShare: 0.02 };
    const lines = pageLines(capped);
    expect(lines.find((l) => l.startsWith("#2 "))).toMatch(/: CNY 7,800\.00$/);
    expect(lines.find((l) => l.startsWith("#1 "))).toMatch(/: CNY 7,500\.00$/);
    expect(letterInterest(capped, 2)).toBe(7_800_00);
  });

  test("in Chinese the late-paid list has its own heading and total", () => {
    const lines = pageLines(interest, "zh-CN");
    expect(lines).toContain("逾期收款已产生的违约金 / 利息");
    expect(lines).toContain("逾期收款合计：CNY 9,863.02");
    expect(lines.find((l) => l.startsWith("第 2 期"))).toMatch(/：CNY 7,101\.37$/);
  });

  test("no clause: nothing accrued is shown", () => {
    const lines = pageLines({ kind: "none" });
    expect(lines).toEqual(["Penalty clause: none"]);
  });
});
