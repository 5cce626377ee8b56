import { Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import { sumMinor } from "../../../core/money";
import type { ContractsStrings } from "./strings";
import { useContractsStyles } from "./Contracts.styles";

export interface PlanRow {
  readonly key: string | number;
  readonly seq: number;
  readonly dueDate: string;
  readonly amountMinor: number;
  /** With state: the plan as it stands (received, open, status text). */
  readonly received?: number;
  readonly open?: number;
  readonly state?: string;
  /** Who chases this step, and what makes it due when it is a milestone. */
  readonly owner?: string;
}

/** A plan's installments, with a total row: the preview while typing and each saved version. */
export function PlanTable({ rows, s, money, testId, onEdit }: {
  rows: readonly PlanRow[];
  s: ContractsStrings;
  money: (m: number) => string;
  testId: string;
  /** Offered on the active plan: edit a step's owner and trigger. */
  onEdit?: (key: string | number) => void;
}) {
  const styles = useContractsStyles();
  const withState = rows.some((r) => r.state !== undefined);
  return (
    <div className={styles.tableScroll}>
      <Table size="extra-small" data-testid={testId}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{s.colSeq}</TableHeaderCell>
            <TableHeaderCell>{s.colDue}</TableHeaderCell>
            <TableHeaderCell className={styles.num}>{s.colAmount}</TableHeaderCell>
            {withState && <TableHeaderCell className={styles.num}>{s.colOpen}</TableHeaderCell>}
            {withState && <TableHeaderCell>{s.colState}</TableHeaderCell>}
            {withState && <TableHeaderCell>{s.colOwner}</TableHeaderCell>}
            {onEdit && <TableHeaderCell />}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.key} data-testid={`${testId}-row`}>
              <TableCell>{r.seq}</TableCell>
              <TableCell>{r.dueDate}</TableCell>
              <TableCell className={styles.num}>{money(r.amountMinor)}</TableCell>
              {withState && <TableCell className={styles.num}>{money(r.open ?? 0)}</TableCell>}
              {withState && <TableCell>{r.state}</TableCell>}
              {withState && <TableCell>{r.owner}</TableCell>}
              {onEdit && <TableCell><Button size="small" onClick={() => onEdit(r.key)}>{s.editStep}</Button></TableCell>}
            </TableRow>
          ))}
          <TableRow>
            <TableCell>{s.total}</TableCell>
            <TableCell />
            <TableCell className={styles.num} data-testid={`${testId}-total`}>{money(sumMinor(rows.map((r) => r.amountMinor)))}</TableCell>
            {withState && <TableCell className={styles.num}>{money(sumMinor(rows.map((r) => r.open ?? 0)))}</TableCell>}
            {withState && <TableCell />}
            {withState && <TableCell />}
            {onEdit && <TableCell />}
          </TableRow>
        </TableBody>
      </Table>
    </div>
  );
}
