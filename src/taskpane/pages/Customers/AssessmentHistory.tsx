import { mergeClasses, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from "@fluentui/react-components";
import type { CreditAssessment } from "../../../core/store/types";
import { format } from "../../i18n/language";
import { percentText } from "./assessmentForm";
import { useCustomersStyles } from "./Customers.styles";
import type { CustomersStrings } from "./strings";

/**
 * A customer's assessments over time, newest first (dynamic re-rating). Each limit is shown in the
 * currency it was set in (CreditAssessment.currency), whatever the customer's credit currency is
 * now. An assessment saved before assessments kept their currency has none: it is shown in the
 * customer's credit currency of today (`currency`) — the one it was made in, unless that was
 * changed since, which such a record cannot tell.
 */
export function AssessmentHistory({ rows, s, money, currency }: {
  rows: readonly CreditAssessment[];
  s: CustomersStrings;
  money: (minor: number, currency: string) => string;
  currency: string;
}) {
  const styles = useCustomersStyles();
  // A cell's classes and its place in a stacked row (a table ignores the grid area).
  const cell = (area: string, ...more: string[]) => ({ className: mergeClasses(styles.historyCell, ...more), style: { gridArea: area } });
  return (
    <div className={styles.section} data-testid="assessment-history">
      <Text weight="semibold">{s.history}</Text>
      {rows.length === 0 ? <Text size={200} className={styles.muted}>{s.noHistory}</Text> : (
        <div className={styles.historyBox}>
          <Table size="extra-small" className={styles.historyTable}>
            <TableHeader className={styles.historyHead}>
              <TableRow>
                <TableHeaderCell>{s.colDate}</TableHeaderCell>
                <TableHeaderCell className={styles.num}>{s.score}</TableHeaderCell>
                <TableHeaderCell>{s.grade}</TableHeaderCell>
                <TableHeaderCell className={styles.num}>{s.limit}</TableHeaderCell>
                <TableHeaderCell>{s.prepayment}</TableHeaderCell>
                <TableHeaderCell>{s.cycle}</TableHeaderCell>
                <TableHeaderCell>{s.colAssessor}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody className={styles.historyBody}>
              {rows.map((a) => (
                <TableRow key={a.id} data-testid="assessment-row" className={styles.historyRow}>
                  <TableCell {...cell("date", styles.nowrap)}>{a.date}</TableCell>
                  <TableCell {...cell("score", styles.num, styles.historyEnd, styles.labelled)} data-label={s.score}>{a.score}</TableCell>
                  <TableCell {...cell("grade", styles.labelled)} data-label={s.grade}>{a.grade}</TableCell>
                  <TableCell {...cell("limit", styles.num, styles.nowrap, styles.historyEnd)}>{money(a.limitMinor, a.currency ?? currency)}</TableCell>
                  <TableCell {...cell("prepayment", styles.labelled)} data-label={s.prepayment}>{percentText(a.prepaymentShare)}%</TableCell>
                  <TableCell {...cell("cycle", styles.historyEnd, styles.labelled)} data-label={s.cycle}>{format(s.cycleDays, { n: a.cycleDays })}</TableCell>
                  <TableCell {...cell("assessor", styles.labelled)} data-label={s.colAssessor}>{a.assessor}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </div>
  );
}
