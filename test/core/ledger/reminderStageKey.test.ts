import { exportBackup } from "../../../src/core/backup/backup";
import { isBackupError } from "../../../src/core/backup/format";
import { validateBackup } from "../../../src/core/backup/validate";
import { isArInputError } from "../../../src/core/errors";
import { validateReminder } from "../../../src/core/ledger/validateRecords";
import { LedgerDb } from "../../../src/core/store/db";
import { logReminder } from "../../../src/core/store/reminders";
import { seedContract } from "../../store/fixtures";

/*
 * A reminder keeps its dunning stage's key (the policy stage's `stage`, "Formal") besides its
 * position: the key is checked on every write and in a backup like the rest of the record.
 */
const contact = { contractId: 1, date: "2026-11-20", channel: "phone" as const, contact: "AP", outcome: "", owner: "Li", stage: 2 };

describe("a reminder's stage key", () => {
  test("is kept trimmed on a write, and a key that is not text is refused naming the field", () => {
    expect(validateReminder({ ...contact, stageKey: " Formal " }).stageKey).toBe("Formal");
    let refused: unknown;
    try {
      validateReminder({ ...contact, stageKey: 2 as unknown as string });
    } catch (e) {
      refused = e;
    }
    expect(isArInputError(refused) && refused.messageIn("en")).toBe("stageKey must be text, got 2.");
  });

  test("is stored by logReminder and travels in a backup; a backup whose reminder has a non-text key is refused", async () => {
    const db = new LedgerDb(`stage-key-${process.pid}-${Date.now()}`);
    const { contractId } = await seedContract(db);
    await logReminder(db, { ...contact, contractId, stageKey: "Formal" });
    const backup = await exportBackup(db);
    expect(backup.tables.reminders.map((r) => r.stageKey)).toEqual(["Formal"]);
    expect(() => validateBackup(backup)).not.toThrow();
    const broken = { ...backup, tables: { ...backup.tables, reminders: backup.tables.reminders.map((r) => ({ ...r, stageKey: 2 })) } };
    let refused: unknown;
    try {
      validateBackup(broken);
    } catch (e) {
      refused = e;
    }
    expect(isBackupError(refused) && refused.code).toBe("badRecord");
    expect(isBackupError(refused) && refused.params).toMatchObject({ table: "reminders", field: "stageKey" });
  });
});
