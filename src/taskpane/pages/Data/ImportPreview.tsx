import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import { currencyDigits } from "../../../core/currencies";
import { FIELD_LABELS } from "../../../core/import/fields";
import type { ImportRow } from "../../../core/import/rows";
import { amountText, type ImportAmount, minorOfAmount } from "../../../core/import/values";
import { formatAmount, formatMoney } from "../../../core/moneyFormat";
import type { ImportDefaults } from "./useImportFlow";

const SHOWN = 5;

/**
 * The first valid rows as they will be stored, so a wrong mapping shows before anything is written.
 * Each row's amounts are shown in its contract's currency, with that currency's digits: the row's
 * currency cell, else the currency the preview found the contract stored in (`currencies`), else
 * the default. Amounts in another currency than the default carry its code (JPY 1,000); an amount
 * the plan refuses (too precise for the currency) is shown as written.
 */
export function ImportPreview({ rows, lang, currencies, defaults, keptInstallmentAmounts }: {
  rows: readonly ImportRow[]; lang: "en" | "zh"; currencies: ReadonlyMap<string, string>; defaults: ImportDefaults;
  /** Rows whose installment keeps its stored amount (the sheet gave only the contract amount): shown as it stays. */
  keptInstallmentAmounts?: ReadonlyMap<number, number>;
}) {
  const labels = FIELD_LABELS[lang];
  const setting = { code: defaults.currency, digits: defaults.digits };
  return (
    <Table size="extra-small" aria-label={lang === "zh" ? "导入预览" : "Import preview"}>
      <TableHeader>
        <TableRow>
          {[labels.contractCode, labels.customer, labels.contractAmount, labels.seq, labels.dueDate, labels.installmentAmount, labels.receivedAmount].map((h) => (
            <TableHeaderCell key={h}>{h}</TableHeaderCell>
          ))}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.slice(0, SHOWN).map((r) => {
          const currency = r.currency ?? currencies.get(r.contractCode) ?? defaults.currency;
          const digits = currencyDigits(currency, setting);
          const shown = (minor: number): string => (currency === defaults.currency ? formatAmount(minor, digits) : formatMoney(minor, currency, digits));
          const money = (a: ImportAmount | undefined): string => {
            if (a === undefined) return "";
            const m = minorOfAmount(a, digits);
            return "minor" in m ? shown(m.minor) : amountText(a);
          };
          const kept = keptInstallmentAmounts?.get(r.row);
          return (
            <TableRow key={r.row}>
              <TableCell>{r.contractCode}</TableCell>
              <TableCell>{r.customerName ?? r.customerCode ?? ""}</TableCell>
              <TableCell>{money(r.contractAmount)}</TableCell>
              <TableCell>{r.seq ?? ""}</TableCell>
              <TableCell>{r.dueDate ?? ""}</TableCell>
              <TableCell>{kept !== undefined ? shown(kept) : money(r.installmentAmount)}</TableCell>
              <TableCell>{money(r.receivedAmount)}</TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
