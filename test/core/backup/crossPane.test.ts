import { liveQuery } from "dexie";
import { importGrid } from "../../../src/core/import/importer";
import { LedgerDb } from "../../../src/core/store/db";
import { updateCustomer } from "../../../src/core/store/customers";
import { isStaleEdit } from "../../../src/core/store/revision";

/**
 * Two task panes (two workbooks) open on one ledger are two LedgerDb instances on the same
 * IndexedDB database. Neither may silently overwrite the other's edit.
 */
describe("two panes on the same ledger", () => {
  const NAME = "cross-pane-ledger";
  const at = "2026-11-20T08:00:00.000Z";

  test("a stale edit is refused with a message in both languages, and the fresh data is what a reload shows", async () => {
    const paneA = new LedgerDb(NAME);
    const paneB = new LedgerDb(NAME);
    const id = await paneA.customers.add({ rev: 1, updatedAt: at, code: "C-1", name: "华东建设" });

    // Both panes show the customer at rev 1.
    const seenByA = (await paneA.customers.get(id))!;
    const seenByB = (await paneB.customers.get(id))!;
    expect([seenByA.rev, seenByB.rev]).toEqual([1, 1]);

    // Pane B notices pane A's write without polling (Dexie's storage-mutated events).
    const names: string[] = [];
    const sub = liveQuery(() => paneB.customers.get(id)).subscribe((c) => c && names.push(c.name));

    await updateCustomer(paneA, id, seenByA.rev, { name: "华东建设集团" });
    let failure: unknown;
    try {
      await updateCustomer(paneB, id, seenByB.rev, { name: "华东建设有限公司" });
    } catch (e) {
      failure = e;
    }
    expect(isStaleEdit(failure)).toBe(true);
    if (!isStaleEdit(failure)) throw failure;
    expect(failure.messageIn("en")).toMatch(/changed in another pane/);
    expect(failure.messageIn("zh")).toMatch(/已被其他窗格修改/);

    const fresh = (await paneB.customers.get(id))!;
    expect([fresh.name, fresh.rev]).toEqual(["华东建设集团", 2]);
    await new Promise((r) => setTimeout(r, 50));
    expect(names.at(-1)).toBe("华东建设集团");
    sub.unsubscribe();

    // Retrying from the fresh record succeeds.
    await updateCustomer(paneB, id, fresh.rev, { name: "华东建设有限公司" });
    expect((await paneA.customers.get(id))!.name).toBe("华东建设有限公司");
    paneA.close();
    paneB.close();
  });

  test("an import in one pane builds on the other pane's latest edit instead of overwriting it", async () => {
    const paneA = new LedgerDb(NAME + "-import");
    const paneB = new LedgerDb(NAME + "-import");
    const mapping = { contractCode: 0, customer: 1, contractAmount: 2, dueDate: 3 };
    const opts = { firstRowNumber: 2, digits: 2, now: at };
    await importGrid(paneA, [["HT-1", "Acme", 100, "2026-03-31"]], mapping, opts);
    const contract = (await paneB.contracts.where("code").equals("HT-1").first())!;
    // Pane B edits the contract's owner (a field the sheet does not carry) …
    await paneB.contracts.put({ ...contract, owner: "Li", rev: contract.rev + 1 });
    // … then pane A re-imports the sheet with a new amount: the owner survives, rev moves on.
    await importGrid(paneA, [["HT-1", "Acme", 120, "2026-03-31"]], mapping, opts);
    const after = (await paneB.contracts.get(contract.id!))!;
    expect([after.owner, after.amountMinor, after.rev]).toEqual(["Li", 12000, contract.rev + 2]);
    paneA.close();
    paneB.close();
  });
});
