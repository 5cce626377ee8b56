import { liveQuery } from "dexie";
import { type Day, serialFromYmd } from "../core/dates";
import { LedgerDb } from "../core/store/db";
import { toExcelError } from "./excelError";
import { ledgerDbName, officeReady } from "./ledgerName";

/**
 * The one ledger database the AR functions and the task pane share in the shared runtime: both take
 * it from getLedgerDb(), after Office is ready, so they open one name (with Office's partition key
 * where there is one) and observe one Dexie instance. setLedgerDb() is for tests.
 */
let shared: LedgerDb | undefined;

export function setLedgerDb(db: LedgerDb): void {
  shared = db;
}

export function getLedgerDb(): LedgerDb {
  return (shared ??= new LedgerDb(ledgerDbName()));
}

/** Today in the user's time zone, as the ledger functions age by it. */
export function todayAsOf(now: Date = new Date()): Day {
  return serialFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** How often a ledger cell checks whether the day has turned, and what "today" is. */
export interface DayClock {
  readonly everyMs: number;
  readonly today: () => Day;
}

const MINUTE_CLOCK: DayClock = { everyMs: 60_000, today: () => todayAsOf() };

/**
 * Run a streaming ledger function: `query` reads the database, `present` turns what it read into
 * the cell's result. Dexie's liveQuery re-runs the query whenever a table it read changes (a
 * receipt recorded in the pane, an import), and every result goes to the cell; a core error
 * becomes the matching Excel error. Results that age (overdue, buckets) are presented again when
 * the day turns, so a workbook left open overnight does not keep yesterday's answer. Cancelling
 * the formula (deleting it, closing the workbook) ends the subscription.
 */
export function streamFromLedger<T, R>(
  invocation: CustomFunctions.StreamingInvocation<R>,
  query: (db: LedgerDb) => Promise<T>,
  present: (value: T) => R,
  clock: DayClock = MINUTE_CLOCK,
): void {
  let last: { value: T } | undefined;
  let day = clock.today();
  const show = (value: T) => {
    last = { value };
    try {
      invocation.setResult(present(value));
    } catch (e) {
      invocation.setResult(toExcelError(e));
    }
  };
  let subscription: { unsubscribe(): void } | undefined;
  let cancelled = false;
  // A formula can run before Office is ready; the ledger's name is only known then.
  void officeReady().then(() => {
    if (cancelled) return;
    subscription = liveQuery(() => query(getLedgerDb())).subscribe({
      next: show,
      error: (e: unknown) => invocation.setResult(toExcelError(e)),
    });
  });
  const timer = setInterval(() => {
    const now = clock.today();
    if (now === day) return;
    day = now;
    if (last) show(last.value);
  }, clock.everyMs);
  // Node (the calc harness, tests) must not stay alive for a cell nobody cancelled.
  (timer as { unref?: () => void }).unref?.();
  invocation.onCanceled = () => {
    cancelled = true;
    clearInterval(timer);
    subscription?.unsubscribe();
  };
}

/** Arguments are read before subscribing: a bad one is answered at once and nothing is watched. */
export function streamOrFail<R>(invocation: CustomFunctions.StreamingInvocation<R>, start: () => void): void {
  try {
    start();
  } catch (e) {
    invocation.setResult(toExcelError(e));
  }
}
