import type { DBCore, DBCoreTable, DBCoreTransaction, Middleware } from "dexie";

/** The table of derived, rebuildable records (the change stamp, saved views); never backed up. */
export const META_TABLE = "meta";
export const STAMP_KEY = "stamp";

let counter = 0;
/** A token no earlier write has used: time, a per-runtime counter and randomness (several panes write). */
function newStamp(): string {
  counter = (counter + 1) % 1e9;
  return `${Date.now().toString(36)}.${counter.toString(36)}.${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * Every write to a ledger table also writes a fresh change stamp, in the same transaction, so that
 * a view saved with the stamp it was built from is provably current while the stamp is unchanged
 * — whichever repository, import, restore or other pane wrote. It works below Dexie's API: each
 * read-write transaction is widened to the meta table and each mutation puts a new stamp first.
 * Writes to the meta table itself (saving a view) leave the stamp alone.
 */
export const ledgerStampMiddleware: Middleware<DBCore> = {
  stack: "dbcore",
  name: "ledgerStamp",
  create(down) {
    const meta = () => down.table(META_TABLE);
    const stamped = (table: DBCoreTable): DBCoreTable => ({
      ...table,
      async mutate(req) {
        await meta().mutate({ type: "put", trans: req.trans, values: [{ key: STAMP_KEY, value: newStamp() }] });
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
