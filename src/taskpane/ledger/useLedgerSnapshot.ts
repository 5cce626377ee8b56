import { useSyncExternalStore } from "react";
import type { LedgerSnapshot } from "../../core/ledger/snapshot";
import type { LedgerDb } from "../../core/store/db";
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
    listeners: new Set(),
    watching: false,
    subscribe: (listener) => {
      s.listeners.add(listener);
      if (!s.watching) {
        s.watching = true;
        watchLedger(db, (snapshot) => {
          s.current = snapshot;
          for (const l of s.listeners) l();
        });
      }
      return () => s.listeners.delete(listener);
    },
  };
  shared.set(db, s);
  return s;
}

/** The whole ledger, live. Undefined while the first read runs. */
export function useLedgerSnapshot(): LedgerSnapshot | undefined {
  const s = sharedFor(getLedger());
  return useSyncExternalStore(s.subscribe, () => s.current);
}
