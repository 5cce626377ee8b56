import { useEffect, useRef } from "react";
import { Badge, Text } from "@fluentui/react-components";
import { useVirtualizer } from "@tanstack/react-virtual";
import type { CreditPosition } from "../../../core/ledger/customerCredit";
import type { CreditAssessment, Customer } from "../../../core/store/types";
import { customerTitle } from "./customerTitle";
import { useCustomersStyles } from "./Customers.styles";
import type { CustomersStrings } from "./strings";

export interface CustomerListProps {
  readonly rows: readonly Customer[];
  readonly latest: ReadonlyMap<number, CreditAssessment>;
  readonly positions: ReadonlyMap<number, CreditPosition>;
  readonly s: CustomersStrings;
  /** Minor units as text in the given currency (its code and digits). */
  readonly money: (minor: number, currency: string) => string;
  readonly onOpen: (id: number) => void;
  /** A customer to scroll to and focus when the list opens (the one the user came back from). */
  readonly focusId?: number;
}

/** The credit currency's line says nothing when it has no limit and nothing open, and other currencies have lines. */
function idleOwnLine(p: CreditPosition, currency: string): boolean {
  return currency === p.currency && p.limit === undefined && p.outstanding === 0 && p.byCurrency.length > 1;
}

/**
 * Customers with grade and warnings, virtualised like the contract list. What is open is shown one
 * line per currency (never added across currencies); the limit is set against its own currency's line.
 */
export function CustomerList({ rows, latest, positions, s, money, onOpen, focusId }: CustomerListProps) {
  const styles = useCustomersStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => 52, overscan: 8, getItemKey: (i) => rows[i].id! });
  // Once, when the list opens on a customer to return to: bring its row into view, then focus it
  // (the virtualiser renders it a frame or two after the scroll).
  const focusOnOpen = useRef(focusId);
  useEffect(() => {
    const id = focusOnOpen.current;
    focusOnOpen.current = undefined;
    const at = id === undefined ? -1 : rows.findIndex((c) => c.id === id);
    if (at < 0) return;
    virtualizer.scrollToIndex(at, { align: "auto" });
    let frame = 0;
    let tries = 0;
    const attempt = () => {
      const row = scroller.current?.querySelector<HTMLElement>(`[data-index="${at}"]`);
      if (row) row.focus({ preventScroll: true });
      else if (tries++ < 20) frame = requestAnimationFrame(attempt);
    };
    frame = requestAnimationFrame(attempt);
    return () => cancelAnimationFrame(frame);
  }, []);
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
                <Text weight="semibold" className={styles.grow}>{customerTitle(c)}</Text>
                <Badge appearance="tint">{grade ? `${s.grade} ${grade}` : s.notAssessed}</Badge>
                {(p?.overLimit || p?.overdueAlert) && <Badge appearance="filled" color="danger" title={s.warning} aria-label={s.warning}>!</Badge>}
              </div>
              {(p?.byCurrency ?? []).filter((e) => !idleOwnLine(p!, e.currency)).map((e) => (
                <Text key={e.currency} block size={200} className={styles.muted} data-testid="customer-outstanding" data-currency={e.currency}>
                  {s.outstanding} {money(e.outstanding, e.currency)}
                  {p!.limit === undefined ? "" : e.currency === p!.currency ? ` / ${money(p!.limit, e.currency)}` : ` · ${s.notInLimit}`}
                </Text>
              ))}
            </div>
          );
        })}
      </div>
    </div>
  );
}
