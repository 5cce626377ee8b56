import { Button, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from "@fluentui/react-components";
import { sumMinor } from "../../../core/money";
import type { ContractsStrings } from "./strings";
import { useDetailCells } from "./Contracts.styles";

export interface PlanRow {
  readonly key: string | number;
  readonly seq: number;
  readonly dueDate: string;
  readonly amountMinor: number;
  /** With state: the plan as it stands (received, open, status text); no open amount on a replaced version's row. */
  readonly received?: number;
  readonly open?: number;
  readonly state?: string;
  /** Who chases this step, and what makes it due when it is a milestone. */
  readonly owner?: string;
}

/**
 * A plan's installments, with a total row: the preview while typing and each saved version. In a
 * narrow pane each row stacks: number, due date and amount; state and open amount; owner and the
 * edit button.
 */
export function PlanTable({ rows, s, money, testId, onEdit }: {
  rows: readonly PlanRow[];
  s: ContractsStrings;
  money: (m: number) => string;
  testId: string;
  /** Offered on the active plan: edit a step's owner and trigger. */
  onEdit?: (key: string | number) => void;
}) {
  const { styles, cell, amount, filler } = useDetailCells();
  const withState = rows.some((r) => r.state !== undefined);
  return (
    <div className={styles.stackBox}>
      <Table size="extra-small" data-testid={testId} className={styles.table}>
        <TableHeader className={styles.head}>
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
        <TableBody className={styles.body}>
          {rows.map((r) => (
            <TableRow key={r.key} data-testid={`${testId}-row`} className={withState ? styles.planRow : styles.planRowBrief}>
              <TableCell {...cell("seq")}>{r.seq}</TableCell>
              <TableCell {...cell("due")}>{r.dueDate}</TableCell>
              <TableCell {...amount("amount")}>{money(r.amountMinor)}</TableCell>
              {withState && <TableCell {...amount("open", styles.labelled)} data-label={s.colOpen}>{r.open === undefined ? s.none : money(r.open)}</TableCell>}
              {withState && <TableCell {...cell("state")}>{r.state}</TableCell>}
              {withState && <TableCell {...cell("owner")}>{r.owner}</TableCell>}
              {onEdit && <TableCell {...cell("edit", styles.end)}><Button size="small" onClick={() => onEdit(r.key)}>{s.editStep}</Button></TableCell>}
            </TableRow>
          ))}
          <TableRow className={styles.planTotal}>
            <TableCell {...cell("seq")}>{s.total}</TableCell>
            <TableCell {...filler} />
            <TableCell {...amount("amount")} data-testid={`${testId}-total`}>{money(sumMinor(rows.map((r) => r.amountMinor)))}</TableCell>
            {withState && <TableCell {...amount("open", styles.labelled)} data-label={s.colOpen}>{rows.every((r) => r.open === undefined) ? s.none : money(sumMinor(rows.map((r) => r.open ?? 0)))}</TableCell>}
            {withState && <TableCell {...filler} />}
            {withState && <TableCell {...filler} />}
            {onEdit && <TableCell {...filler} />}
          </TableRow>
        </TableBody>
      </Table>
    </div>
  );
}
