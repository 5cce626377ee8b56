import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import { FIELD_LABELS } from "../../../core/import/fields";
import type { ImportRow } from "../../../core/import/rows";
import { formatAmount } from "../../../core/moneyFormat";

const SHOWN = 5;

/** The first valid rows as they will be stored, so a wrong mapping shows before anything is written. */
export function ImportPreview({ rows, lang, digits }: { rows: readonly ImportRow[]; lang: "en" | "zh"; digits: number }) {
  const labels = FIELD_LABELS[lang];
  const money = (m: number | undefined): string => (m === undefined ? "" : formatAmount(m, digits));
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
        {rows.slice(0, SHOWN).map((r) => (
          <TableRow key={r.row}>
            <TableCell>{r.contractCode}</TableCell>
            <TableCell>{r.customerName ?? r.customerCode ?? ""}</TableCell>
            <TableCell>{money(r.contractAmountMinor)}</TableCell>
            <TableCell>{r.seq ?? ""}</TableCell>
            <TableCell>{r.dueDate ?? ""}</TableCell>
            <TableCell>{money(r.installmentAmountMinor)}</TableCell>
            <TableCell>{money(r.receivedAmountMinor)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
