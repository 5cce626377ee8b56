import { Body1, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import { currencyDigits } from "../../../core/currencies";
import { codeKey } from "../../../core/ledger/codeKey";
import { FIELD_LABELS } from "../../../core/import/fields";
import type { ImportRow } from "../../../core/import/rows";
import { amountText, type ImportAmount, minorOfAmount } from "../../../core/import/values";
import { formatAmount, formatMoney } from "../../../core/moneyFormat";
import { format } from "../../i18n/language";
import type { DataStrings } from "./strings";
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

/**
 * What the import's closes write off (ImportResult.writeOffs: stored contract code → minor units), one
 * line per contract, each in its contract's currency and digits: the currency the preview found the
 * contract's rows in (`currencies`, by the rows' spelling of the code: the stored spelling, else one
 * equal to it by codeKey), else the default. Said before the analyst confirms the import.
 */
export function writeOffLines(
  writeOffs: ReadonlyMap<string, number>, currencies: ReadonlyMap<string, string>, defaults: ImportDefaults,
  s: Pick<DataStrings, "writeOffLine" | "writeOffNothing">,
): string[] {
  const setting = { code: defaults.currency, digits: defaults.digits };
  return [...writeOffs].map(([contract, minor]) => {
    const currency = currencies.get(contract) ?? [...currencies].find(([code]) => codeKey(code) === codeKey(contract))?.[1] ?? defaults.currency;
    return minor === 0 ? format(s.writeOffNothing, { contract })
      : format(s.writeOffLine, { contract, amount: formatMoney(minor, currency, currencyDigits(currency, setting)) });
  });
}

/** The contracts the import closes and what each close writes off; nothing when it closes none. */
export function ImportWriteOffs({ writeOffs, currencies, defaults, s }: {
  writeOffs: ReadonlyMap<string, number>; currencies: ReadonlyMap<string, string>; defaults: ImportDefaults;
  s: Pick<DataStrings, "writeOffsTitle" | "writeOffLine" | "writeOffNothing">;
}) {
  const lines = writeOffLines(writeOffs, currencies, defaults, s);
  if (lines.length === 0) return null;
  return (
    <div role="group" aria-label={s.writeOffsTitle}>
      <Body1 as="p">{s.writeOffsTitle}</Body1>
      {lines.map((line, i) => <Body1 as="p" key={i} data-testid="import-write-off">{line}</Body1>)}
    </div>
  );
}
