import { useRef } from "react";
import { mergeClasses } from "@fluentui/react-components";
import { useVirtualizer } from "@tanstack/react-virtual";
import type { ChaseRow } from "./chaseRow";
import { ChaseCard } from "./ChaseCard";
import type { TodayStrings } from "./strings";
import { useTodayStyles } from "./Today.styles";

export interface ChaseListProps {
  rows: readonly ChaseRow[];
  s: TodayStrings;
  digitsOf: (currency: string) => number;
  onLog: (row: ChaseRow) => void;
}

/** The queue, virtualised: a ledger with thousands of open installments still scrolls smoothly. */
export function ChaseList({ rows, s, digitsOf, onLog }: ChaseListProps) {
  const styles = useTodayStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => 96,
    overscan: 6,
    getItemKey: (i) => rows[i].installmentId,
  });
  return (
    <div ref={scroller} className={styles.scroller} role="list" data-testid="chase-list">
      <div style={{ height: virtualizer.getTotalSize(), position: "relative" }}>
        {virtualizer.getVirtualItems().map((item) => (
          <div
            key={item.key}
            role="listitem"
            data-index={item.index}
            ref={virtualizer.measureElement}
            className={mergeClasses(styles.card, rows[item.index].brokenPromise && styles.broken)}
            style={{ transform: `translateY(${item.start}px)` }}
          >
            <ChaseCard row={rows[item.index]} s={s} digits={digitsOf(rows[item.index].currency)} onLog={onLog} />
          </div>
        ))}
      </div>
    </div>
  );
}
