import { LEDGER_TABLES, LedgerDb } from "../../src/core/store/db";
import { freshDb } from "./fixtures";

describe("ledger schema", () => {
  it("declares every table the backup lists and the derived meta table, at version 3", async () => {
    const db = freshDb();
    await db.open();
    expect(db.verno).toBe(3);
    expect(db.tables.map((t) => t.name).sort()).toEqual([...LEDGER_TABLES, "meta"].sort());
    db.close();
  });

  it("keeps what was written after the database is closed and opened again", async () => {
    const first = freshDb();
    const name = first.name;
    await first.customers.add({ code: "C-1", name: "Acme", rev: 1, updatedAt: "2026-01-01T00:00:00Z" });
    await first.settings.put({ key: "currency", value: "CNY" });
    first.close();
    const again = new LedgerDb(name);
    expect((await again.customers.where("code").equals("C-1").first())?.name).toBe("Acme");
    expect((await again.settings.get("currency"))?.value).toBe("CNY");
    again.close();
  });

  it("enforces unique contract codes in the schema itself, not only in the repository", async () => {
    const db = freshDb();
    const base = { customerId: 1, title: "", amountMinor: 1, currency: "CNY", signDate: "2026-01-01", terms: "", owner: "Li", status: "active" as const, penalty: { kind: "none" as const }, rev: 1, updatedAt: "" };
    await db.contracts.add({ ...base, code: "HT-1" });
    await expect(db.contracts.add({ ...base, code: "HT-1" })).rejects.toThrow();
    db.close();
  });

  it("enforces one collection target per owner, period and currency in the schema itself", async () => {
    const db = freshDb();
    const t = { owner: "Li", period: "2026-11", targetMinor: 1, rev: 1, updatedAt: "" };
    await db.targets.add({ ...t, currency: "CNY" });
    await db.targets.add({ ...t, currency: "USD" });
    await expect(db.targets.add({ ...t, currency: "USD" })).rejects.toThrow();
    expect(await db.targets.count()).toBe(2);
  });
});
