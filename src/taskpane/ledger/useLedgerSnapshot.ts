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
        watchLedger(
          db,
          (snapshot) => {
            s.current = snapshot;
            s.failure = undefined;
            notify();
          },
          (error) => {
            s.failure = { error };
            notify();
          },
        );
      }
      return () => s.listeners.delete(listener);
    },
  };
  shared.set(db, s);
  return s;
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
