import { useSyncExternalStore } from "react";
import type { LedgerSnapshot } from "../../core/ledger/snapshot";
import type { LedgerDb } from "../../core/store/db";
import { ensureLedgerStamp, loadOpenItemsView, openItemsKeeper } from "../../core/store/openItemsView";
import { watchLedger } from "../../core/store/watchLedger";
import { getLedger } from "../app/ledger";

/**
 * One kept snapshot per database, shared by every page: read once, then after each write (here or
 * in another pane) only the tables it touched are read again (core/store/watchLedger). It lives as
 * long as the pane, so switching pages does not read the ledger again; re-reading the whole ledger
 * on every write or page switch took seconds at 100,000 installments.
 */
interface SharedSnapshot {
  current: LedgerSnapshot | undefined;
  /** The saved open-items view (core/store/openItemsView), until the whole ledger is read. */
  openItems: LedgerSnapshot | undefined;
  /** Why the ledger could not be read, until a later read succeeds. */
  failure: { error: unknown } | undefined;
  readonly listeners: Set<() => void>;
  readonly subscribe: (listener: () => void) => () => void;
  watching: boolean;
}

const shared = new WeakMap<LedgerDb, SharedSnapshot>();

function sharedFor(db: LedgerDb): SharedSnapshot {
  const existing = shared.get(db);
  if (existing) return existing;
  const s: SharedSnapshot = {
    current: undefined,
    openItems: undefined,
    failure: undefined,
    listeners: new Set(),
    watching: false,
    subscribe: (listener) => {
      s.listeners.add(listener);
      if (!s.watching) {
        s.watching = true;
        const notify = () => {
          for (const l of s.listeners) l();
        };
        // Each snapshot's open items are saved (a while after writes settle) for the next opening.
        const keeper = openItemsKeeper(db);
        const watch = () =>
          watchLedger(
            db,
            (snapshot, stamp) => {
              s.current = snapshot;
              s.openItems = undefined;
              s.failure = undefined;
              keeper.offer(snapshot, stamp);
              notify();
            },
            (error) => {
              s.failure = { error };
              notify();
            },
          );
        // The saved view first (one record, tens of milliseconds), then the whole ledger (seconds at
        // 100,000 installments): the Today page can show its queue before the long read starts.
        ensureLedgerStamp(db)
          .then(() => loadOpenItemsView(db))
          .then((view) => {
            if (view && !s.current) {
              s.openItems = view;
              notify();
            }
          })
          .catch(console.error) // no view: the page waits for the whole ledger, as before
          .finally(watch);
      }
      return () => s.listeners.delete(listener);
    },
  };
  shared.set(db, s);
  return s;
}

/**
 * Start reading the ledger now, before any page asks: the pane calls it when it opens on a page
 * that shows the ledger, so the read (seconds at 100,000 installments) runs while the page's code
 * loads instead of after. The shared snapshot lives as long as the pane, so nothing unsubscribes.
 */
export function startLedgerRead(db: LedgerDb = getLedger()): void {
  sharedFor(db).subscribe(() => undefined);
}

/**
 * What the Today queue needs, as soon as it can be had: the whole ledger once read, before that the
 * open items saved at the last change (core/store/openItemsView), the same queue for any day.
 */
export function useOpenItemsSnapshot(): { snapshot: LedgerSnapshot | undefined; source: "whole" | "open-items" | undefined } {
  const s = sharedFor(getLedger());
  const failure = useSyncExternalStore(s.subscribe, () => s.failure);
  const current = useSyncExternalStore(s.subscribe, () => s.current);
  const openItems = useSyncExternalStore(s.subscribe, () => s.openItems);
  if (failure) throw failure.error;
  return current ? { snapshot: current, source: "whole" } : { snapshot: openItems, source: openItems ? "open-items" : undefined };
}

/**
 * The whole ledger, live. Undefined while the first read runs. A failed read is thrown, so the
 * page's error boundary says what went wrong instead of a spinner that never ends.
 */
export function useLedgerSnapshot(): LedgerSnapshot | undefined {
  const s = sharedFor(getLedger());
  const failure = useSyncExternalStore(s.subscribe, () => s.failure);
  const snapshot = useSyncExternalStore(s.subscribe, () => s.current);
  if (failure) throw failure.error;
  return snapshot;
}
