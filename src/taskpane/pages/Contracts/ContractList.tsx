import { useRef } from "react";
import { Badge, Text } from "@fluentui/react-components";
import { useVirtualizer } from "@tanstack/react-virtual";
import { receivableFigures } from "../../../core/ledger/contractFields";
import type { ContractSummary } from "../../../core/ledger/contractSummary";
import type { Contract, Customer } from "../../../core/store/types";
import { useContractsStyles } from "./Contracts.styles";
import { joinParts } from "./contractView";
import type { ContractsStrings } from "./strings";

export interface ContractListProps {
  readonly rows: readonly Contract[];
  readonly customers: ReadonlyMap<number, Customer>;
  readonly summaries: ReadonlyMap<number, ContractSummary>;
  readonly s: ContractsStrings;
  readonly money: (minor: number, currency: string) => string;
  readonly onOpen: (id: number) => void;
}

const STATUS_COLOR = { draft: "informative", active: "brand", closed: "subtle", disputed: "danger" } as const;

/** The contract list, virtualised: thousands of contracts scroll without rendering them all. */
export function ContractList({ rows, customers, summaries, s, money, onOpen }: ContractListProps) {
  const styles = useContractsStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 56,
    overscan: 8,
    getItemKey: (i) => rows[i].id!,
  });
  return (
    <div ref={scroller} className={styles.scroller} role="list" data-testid="contract-list">
      <div style={{ height: virtualizer.getTotalSize(), position: "relative" }}>
        {virtualizer.getVirtualItems().map((item) => {
          const c = rows[item.index];
          const sum = summaries.get(c.id!);
          // A closed contract's remainder was written off: nothing of it is outstanding or overdue.
          const due = sum && receivableFigures(sum);
          return (
            <div
              key={item.key}
              role="listitem"
              tabIndex={0}
              data-index={item.index}
              data-testid="contract-row"
              data-code={c.code}
              ref={virtualizer.measureElement}
              className={styles.row}
              style={{ transform: `translateY(${item.start}px)` }}
              onClick={() => onOpen(c.id!)}
              onKeyDown={(e) => e.key === "Enter" && onOpen(c.id!)}
            >
              <div className={styles.line}>
                <Text weight="semibold" className={styles.grow}>{joinParts(c.code, customers.get(c.customerId)?.name)}</Text>
                <Badge appearance="tint" color={STATUS_COLOR[c.status]}>{s[`status.${c.status}`]}</Badge>
              </div>
              <div className={styles.line}>
                <Text size={200} className={`${styles.grow} ${styles.muted}`}>{joinParts(c.title, c.owner)}</Text>
                {due && <Text size={200} className={styles.amount}>{s.figOutstanding} {money(due.outstanding, c.currency)}</Text>}
                {due && due.overdue > 0 && <Badge appearance="filled" color="danger">{s.figOverdue} {money(due.overdue, c.currency)}</Badge>}
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}
