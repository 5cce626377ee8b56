import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from "@fluentui/react-components";
import type { CreditAssessment } from "../../../core/store/types";
import { format } from "../../i18n/language";
import { percentText } from "./assessmentForm";
import { useCustomersStyles } from "./Customers.styles";
import type { CustomersStrings } from "./strings";

/** A customer's assessments over time, newest first (dynamic re-rating). */
export function AssessmentHistory({ rows, s, money }: { rows: readonly CreditAssessment[]; s: CustomersStrings; money: (m: number) => string }) {
  const styles = useCustomersStyles();
  return (
    <div className={styles.section} data-testid="assessment-history">
      <Text weight="semibold">{s.history}</Text>
      {rows.length === 0 ? <Text size={200} className={styles.muted}>{s.noHistory}</Text> : (
        <Table size="extra-small">
          <TableHeader>
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
          <TableBody>
            {rows.map((a) => (
              <TableRow key={a.id} data-testid="assessment-row">
                <TableCell>{a.date}</TableCell>
                <TableCell className={styles.num}>{a.score}</TableCell>
                <TableCell>{a.grade}</TableCell>
                <TableCell className={styles.num}>{money(a.limitMinor)}</TableCell>
                <TableCell>{percentText(a.prepaymentShare)}%</TableCell>
                <TableCell>{format(s.cycleDays, { n: a.cycleDays })}</TableCell>
                <TableCell>{a.assessor}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </div>
  );
}
