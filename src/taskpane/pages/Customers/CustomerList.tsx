import { useRef } from "react";
import { Badge, Text } from "@fluentui/react-components";
import { useVirtualizer } from "@tanstack/react-virtual";
import type { CreditPosition } from "../../../core/ledger/customerCredit";
import type { CreditAssessment, Customer } from "../../../core/store/types";
import { useCustomersStyles } from "./Customers.styles";
import type { CustomersStrings } from "./strings";

export interface CustomerListProps {
  readonly rows: readonly Customer[];
  readonly latest: ReadonlyMap<number, CreditAssessment>;
  readonly positions: ReadonlyMap<number, CreditPosition>;
  readonly s: CustomersStrings;
  readonly money: (minor: number) => string;
  readonly onOpen: (id: number) => void;
}

/** Customers with grade and warnings, virtualised like the contract list. */
export function CustomerList({ rows, latest, positions, s, money, onOpen }: CustomerListProps) {
  const styles = useCustomersStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => 52, overscan: 8, getItemKey: (i) => rows[i].id! });
  return (
    <div ref={scroller} className={styles.scroller} role="list" data-testid="customer-list">
      <div style={{ height: virtualizer.getTotalSize(), position: "relative" }}>
        {virtualizer.getVirtualItems().map((item) => {
          const c = rows[item.index];
          const p = positions.get(c.id!);
          const grade = latest.get(c.id!)?.grade;
          return (
            <div
              key={item.key} role="listitem" tabIndex={0} data-index={item.index} data-testid="customer-row" data-code={c.code}
              ref={virtualizer.measureElement} className={styles.row} style={{ transform: `translateY(${item.start}px)` }}
              onClick={() => onOpen(c.id!)} onKeyDown={(e) => e.key === "Enter" && onOpen(c.id!)}
            >
              <div className={styles.line}>
                <Text weight="semibold" className={styles.grow}>{c.code} · {c.name}</Text>
                <Badge appearance="tint">{grade ? `${s.grade} ${grade}` : s.notAssessed}</Badge>
                {(p?.overLimit || p?.overdueAlert) && <Badge appearance="filled" color="danger" title={s.warning} aria-label={s.warning}>!</Badge>}
              </div>
              <Text size={200} className={styles.muted}>{s.outstanding} {money(p?.outstanding ?? 0)}{p?.limit !== undefined ? ` / ${money(p.limit)}` : ""}</Text>
            </div>
          );
        })}
      </div>
    </div>
  );
}
