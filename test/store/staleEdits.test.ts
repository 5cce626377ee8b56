import { isArInputError } from "../../src/core/errors";
import { updateCustomer } from "../../src/core/store/customers";
import { LedgerDb } from "../../src/core/store/db";
import { updateReminder, logReminder } from "../../src/core/store/reminders";
import { isStaleEdit, StaleEditError } from "../../src/core/store/revision";
import { freshDb, seedContract, seedCustomer } from "./fixtures";

describe("stale edits from two panes", () => {
  it("lets the first pane's edit through and refuses the second pane's edit made from the same revision", async () => {
    const paneA = freshDb();
    const id = await seedCustomer(paneA);
    const paneB = new LedgerDb(paneA.name); // a second window on the same ledger
    const readByA = (await paneA.customers.get(id))!;
    const readByB = (await paneB.customers.get(id))!;
    await updateCustomer(paneA, id, readByA.rev, { phone: "021-5555" });
    let refused: unknown;
    try {
      await updateCustomer(paneB, id, readByB.rev, { phone: "010-1234" });
    } catch (e) {
      refused = e;
    }
    expect(isStaleEdit(refused)).toBe(true);
    // The message tells the user what happened, in either language.
    expect(isArInputError(refused) && refused.messageIn("en")).toMatch(/changed in another pane/);
    expect(isArInputError(refused) && refused.messageIn("zh")).toMatch(/其他窗格/);
    // …naming the record the way the user knows it, by its code.
    expect(isArInputError(refused) && refused.messageIn("en")).toMatch(new RegExp(`^${readByA.code} was changed`));
    expect((await paneB.customers.get(id))?.phone).toBe("021-5555");
    paneB.close();
  });

  it("guards reminder edits the same way", async () => {
    const db = freshDb();
    const { contractId } = await seedContract(db);
    const id = await logReminder(db, { contractId, date: "2026-02-10", channel: "phone", contact: "Mr Zhang", outcome: "", owner: "Li" });
    expect(await updateReminder(db, id, 1, { outcome: "will pay Friday", promiseDate: "2026-02-13", promiseAmountMinor: 100_00 })).toBe(2);
    await expect(updateReminder(db, id, 1, { outcome: "no answer" })).rejects.toBeInstanceOf(StaleEditError);
    expect((await db.reminders.get(id))?.outcome).toBe("will pay Friday");
  });
});
