import type { DBCore, DBCoreTable, DBCoreTransaction, Middleware } from "dexie";

/** The table of derived, rebuildable records (the change stamp, saved views); never backed up. */
export const META_TABLE = "meta";
export const STAMP_KEY = "stamp";
/** The stamp of one table's last write: "stamp:installments". */
export const tableStampKey = (table: string): string => `${STAMP_KEY}:${table}`;

let counter = 0;
/** A token no earlier write has used: time, a per-runtime counter and randomness (several panes write). */
export function newStamp(): string {
  counter = (counter + 1) % 1e9;
  return `${Date.now().toString(36)}.${counter.toString(36)}.${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * Every write to a ledger table also writes a fresh change stamp, in the same transaction — the
 * ledger's (`stamp`) and the table's (`stamp:<table>`) — whichever repository, import, restore or
 * other pane wrote. A view built from a read of the whole ledger is current while the ledger's
 * stamp is the one read with it; a snapshot put together from several reads is one state of the
 * ledger only if the tables it did not re-read kept their own stamps (core/store/loadSnapshot).
 * It works below Dexie's API: each read-write transaction is widened to the meta table and each
 * mutation puts the stamps first. Writes to the meta table itself (saving a view) leave them alone.
 */
export const ledgerStampMiddleware: Middleware<DBCore> = {
  stack: "dbcore",
  name: "ledgerStamp",
  create(down) {
    const meta = () => down.table(META_TABLE);
    const stamped = (table: DBCoreTable): DBCoreTable => ({
      ...table,
      async mutate(req) {
        const value = newStamp();
        await meta().mutate({ type: "put", trans: req.trans, values: [{ key: STAMP_KEY, value }, { key: tableStampKey(table.name), value }] });
        return table.mutate(req);
      },
    });
    return {
      ...down,
      transaction(stores, mode, options): DBCoreTransaction {
        const scope = mode === "readwrite" && !stores.includes(META_TABLE) ? [...stores, META_TABLE] : stores;
        return down.transaction(scope, mode, options);
      },
      table(name) {
        const table = down.table(name);
        return name === META_TABLE ? table : stamped(table);
      },
    };
  },
};
