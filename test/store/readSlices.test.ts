import { loadSnapshot, READ_SLICE, reloadTables } from "../../src/core/store/loadSnapshot";
import { freshDb } from "./fixtures";

describe("reading a whole table in slices", () => {
  it("gives every record once, in key order, exactly as one read would, across slice boundaries", async () => {
    const db = freshDb();
    const n = 2 * READ_SLICE + 3;
    await db.customers.bulkAdd(Array.from({ length: n }, (_, i) => ({ code: `C-${i}`, name: `Customer ${i}`, rev: 1, updatedAt: "2026-01-01T00:00:00Z" })));
    // A gap in the keys at a slice boundary must not lose or repeat a record.
    await db.customers.bulkDelete([READ_SLICE, READ_SLICE + 1]);
    const whole = await db.customers.toArray();
    const s = await loadSnapshot(db);
    expect(s.customers.length).toBe(n - 2);
    expect(s.customers).toEqual(whole);
    expect((await reloadTables(db, s, ["customers"])).customers).toEqual(whole);
  });

  it("reads a table of exactly one slice, and an empty one", async () => {
    const db = freshDb();
    await db.contracts.clear();
    await db.customers.bulkAdd(Array.from({ length: READ_SLICE }, (_, i) => ({ code: `C-${i}`, name: "x", rev: 1, updatedAt: "" })));
    const s = await loadSnapshot(db);
    expect(s.customers.map((c) => c.code)).toEqual((await db.customers.toArray()).map((c) => c.code));
    expect(s.contracts).toEqual([]);
  });
});
