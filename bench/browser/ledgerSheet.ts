import type { ColumnMapping } from "../../src/core/import/fields";

/**
 * A sheet an analyst would import: one row per installment (10 per contract, 2,000 customers),
 * dates as Excel serials, 85% of what fell due over a month ago already received. Seeded, so
 * every run imports the same ledger.
 */
export const SHEET_COLUMNS = [
  "contractCode", "customer", "customerCode", "title", "contractAmount", "currency", "signDate", "owner",
  "status", "seq", "dueDate", "installmentAmount", "receivedAmount", "receivedDate",
] as const;

export const SHEET_MAPPING: ColumnMapping = Object.fromEntries(SHEET_COLUMNS.map((c, i) => [c, i]));

/** The as-of date of the Today queue (2026-11-27): due dates spread around it. */
export const TODAY_SERIAL = 46353;

export function ledgerSheet(installments: number, perContract = 10, customers = 2_000): unknown[][] {
  let seed = 7;
  const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296);
  const owners = ["Zhang Wei", "Li Na", "Wang Fang", "Liu Yang", "Chen Jing"];
  const rows: unknown[][] = [];
  const contracts = Math.ceil(installments / perContract);
  for (let c = 0; c < contracts; c++) {
    const code = `HT-${String(c + 1).padStart(6, "0")}`;
    const customer = c % customers;
    const sign = TODAY_SERIAL - 720 + Math.floor(rand() * 540);
    const amounts: number[] = [];
    const count = Math.min(perContract, installments - c * perContract);
    for (let k = 0; k < count; k++) amounts.push(Math.round(rand() * 10_000_000) / 100 + 100);
    const total = Math.round(amounts.reduce((s, a) => s + a, 0) * 100) / 100;
    for (let k = 0; k < count; k++) {
      const due = sign + 30 * (k + 1);
      // Most of what fell due more than a month ago has been collected, as in a working portfolio.
      const received = due < TODAY_SERIAL - 30 && rand() < 0.85;
      rows.push([
        code, `Customer ${customer + 1}`, `C${String(customer + 1).padStart(5, "0")}`, `Project ${c + 1}`, total, "CNY", sign,
        owners[c % owners.length], "active", k + 1, due, amounts[k], received ? amounts[k] : null, received ? due + 5 : null,
      ]);
    }
  }
  return rows;
}
