import { openItemsOf } from "../ledger/openItems";
import type { LedgerSnapshot } from "../ledger/snapshot";
import type { LedgerDb } from "./db";
import { newStamp, STAMP_KEY } from "./ledgerStamp";

/**
 * The open-items view (core/ledger/openItems) saved in the meta table with the change stamp it was
 * built at. Opening the pane reads this one record instead of the whole ledger — at 100,000
 * installments a few tens of milliseconds instead of seconds — and it is used only while the
 * ledger's stamp is still the one it was built at: any write anywhere makes it stale until a
 * pane holding the whole ledger saves it again. Saved as JSON text: one string is read and parsed
 * faster than the same records structured-cloned.
 */
const VIEW_KEY = "openItemsView";
/** Raised when the view's shape changes, so a view saved by an older build is not read. */
const VIEW_FORMAT = 1;

interface SavedView {
  readonly format: number;
  readonly stamp: string;
  readonly json: string;
}

const isSavedView = (v: unknown): v is SavedView =>
  typeof v === "object" && v !== null && (v as SavedView).format === VIEW_FORMAT && typeof (v as SavedView).stamp === "string" && typeof (v as SavedView).json === "string";

async function readStampAndView(db: LedgerDb): Promise<{ stamp: string | undefined; view: SavedView | undefined }> {
  const [stamp, view] = await db.meta.bulkGet([STAMP_KEY, VIEW_KEY]);
  return { stamp: stamp?.value as string | undefined, view: isSavedView(view?.value) ? view.value : undefined };
}

/**
 * Give a ledger that has no change stamp one. A ledger written only before schema v2 (or never)
 * has none, and a view is saved only with a stamp: without this, a pane that only reads would
 * never get the fast opening. Writes nothing when a stamp exists.
 */
export async function ensureLedgerStamp(db: LedgerDb): Promise<void> {
  await db.transaction("rw", db.meta, async () => {
    if ((await db.meta.get(STAMP_KEY)) === undefined) await db.meta.put({ key: STAMP_KEY, value: newStamp() });
  });
}

/** The saved open items, if they are current (built at the ledger's present stamp); else undefined. */
export async function loadOpenItemsView(db: LedgerDb): Promise<LedgerSnapshot | undefined> {
  const { stamp, view } = await db.transaction("r", db.meta, () => readStampAndView(db));
  if (stamp === undefined || view?.stamp !== stamp) return undefined;
  try {
    return JSON.parse(view.json) as LedgerSnapshot;
  } catch {
    return undefined; // unreadable: the whole ledger is read instead, and the view saved again
  }
}

/**
 * Save the open items of `snapshot`, read at `stamp`, unless the ledger has moved on since (then
 * the caller's next snapshot saves) or that view is already saved. Says whether the saved view is
 * now current.
 */
export async function saveOpenItemsView(db: LedgerDb, snapshot: LedgerSnapshot, stamp: string | undefined): Promise<boolean> {
  if (stamp === undefined) return false;
  const before = await db.transaction("r", db.meta, () => readStampAndView(db));
  if (before.stamp !== stamp) return false;
  if (before.view?.stamp === stamp) return true;
  const json = JSON.stringify(openItemsOf(snapshot));
  return db.transaction("rw", db.meta, async () => {
    const now = await readStampAndView(db);
    if (now.stamp !== stamp) return false;
    const value: SavedView = { format: VIEW_FORMAT, stamp, json };
    await db.meta.put({ key: VIEW_KEY, value });
    return true;
  });
}

/**
 * Saves the view a while after the last snapshot a pane received, so a burst of writes (an import,
 * typing in a form) saves once, off the path of the write. Returns the function to hand each
 * snapshot to, and the one that stops it.
 */
export function openItemsKeeper(db: LedgerDb, delayMs = 1500, onError: (e: unknown) => void = console.error) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    offer(snapshot: LedgerSnapshot, stamp: string | undefined): void {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        saveOpenItemsView(db, snapshot, stamp).catch(onError);
      }, delayMs);
    },
    stop(): void {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
    },
  };
}
