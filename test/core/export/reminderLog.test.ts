import { reminderLogTable } from "../../../src/core/export/ledgerReports";
import { sheetValues } from "../../../src/core/export/sheetTable";
import { DEFAULT_DUNNING_POLICY } from "../../../src/core/dunning";
import { cellValueOfWrittenText } from "../../../src/core/sheetText";
import { snapshotOf } from "../../../src/core/ledger/snapshot";
import type { Reminder } from "../../../src/core/store/types";
import { serialFromIso } from "../../../src/core/dates";
import { newReminderForm, reminderDraftFrom } from "../../../src/taskpane/pages/Today/reminderForm";

/**
 * A reminder keeps the dunning stage it was made at as its position in the policy (0 = the first
 * stage, as the Today page logs it: core/dunning dunningStageIndex). The reminder log must show
 * which stage that was, not the bare position: "0" would read as "no stage" and "1" as the first.
 */
const v = { rev: 1, updatedAt: "2026-01-01T00:00:00Z" };
const reminder = (id: number, date: string, stage?: number): Reminder => ({
  id, contractId: 1, date, channel: "phone", contact: "Ms Sato", outcome: "promised", owner: "Li", ...v, ...(stage === undefined ? {} : { stage }),
});
const ledger = snapshotOf({
  customers: [{ id: 1, code: "C-1", name: "Acme", ...v }],
  contracts: [{ id: 1, code: "HT-1", customerId: 1, title: "", amountMinor: 1, currency: "CNY", signDate: "2026-01-01", terms: "", owner: "Li", status: "active", penalty: { kind: "none" }, ...v }],
  // newest first in the log: 04-04 (stage 4), 04-03 (2), 04-02 (0), 04-01 (none)
  reminders: [reminder(1, "2026-04-01"), reminder(2, "2026-04-02", 0), reminder(3, "2026-04-03", 2), reminder(4, "2026-04-04", 4)],
});

function stages(lang: "en" | "zh", policy = DEFAULT_DUNNING_POLICY): unknown[] {
  const table = reminderLogTable(ledger, lang, undefined, policy);
  const col = table.columns.findIndex((c) => c.header === (lang === "en" ? "Stage" : "催收阶段"));
  return sheetValues(table).map((row) => (typeof row[col] === "string" ? cellValueOfWrittenText(row[col] as string) : row[col]));
}

describe("the reminder log's Stage column", () => {
  test("names the dunning stage the reminder was made at, in the user's language", () => {
    // DEFAULT_DUNNING_POLICY: Courtesy, Friendly, Formal, Final demand, Legal.
    expect(stages("en")).toEqual(["Legal", "Formal", "Courtesy", ""]);
    expect(stages("zh")).toEqual(["法律程序", "正式催款", "到期提示", ""]);
  });

  test("follows the user's own policy, and a position the policy no longer has is shown counted from 1", () => {
    const policy = [{ fromDays: 1, stage: "Friendly" }, { fromDays: 30, stage: "Legal" }, { fromDays: 60, stage: "Escalate to CFO" }];
    // Stage 4 is past the end of this three-stage policy: the fifth stage.
    expect(stages("en", policy)).toEqual(["5", "Escalate to CFO", "Friendly", ""]);
    expect(stages("zh", policy)).toEqual(["5", "Escalate to CFO", "友好提醒", ""]);
  });
});

describe("the reminder log's Stage column after the dunning policy is edited", () => {
  /** The default policy with a stage inserted in front: every old position now points one stage earlier. */
  const EDITED = [{ fromDays: -14, stage: "Pre-due call" }, ...DEFAULT_DUNNING_POLICY];

  test("a reminder logged from the Today page under the default policy keeps its stage name after the policy gains a stage in front", () => {
    const ctx = { contractId: 1, installmentId: 1, owner: "Li", dueDate: serialFromIso("2026-03-01")!, policy: DEFAULT_DUNNING_POLICY };
    // 20 days late on 2026-03-21: Formal under the default policy.
    const values = { ...newReminderForm(serialFromIso("2026-03-21")!, "Ms Sato"), outcome: "promised" };
    const logged: Reminder = { ...reminderDraftFrom(values, ctx, 2), id: 9, ...v };
    const s = snapshotOf({ customers: ledger.customers, contracts: ledger.contracts, reminders: [logged] });
    const stageOf = (lang: "en" | "zh", policy = DEFAULT_DUNNING_POLICY) => {
      const table = reminderLogTable(s, lang, undefined, policy);
      const col = table.columns.findIndex((c) => c.header === (lang === "en" ? "Stage" : "催收阶段"));
      return cellValueOfWrittenText(sheetValues(table)[0][col] as string);
    };
    expect(stageOf("en")).toBe("Formal");
    expect(stageOf("en", EDITED)).toBe("Formal");
    expect(stageOf("zh", EDITED)).toBe(stageOf("zh"));
  });

  test("a reminder whose stage is no longer in the policy is still named by its key", () => {
    const s = snapshotOf({ ...ledger, reminders: [{ ...reminder(1, "2026-04-01", 3), stageKey: "Final demand" }] });
    const table = reminderLogTable(s, "en", undefined, [{ fromDays: 1, stage: "Friendly" }, { fromDays: 30, stage: "Legal" }]);
    expect(cellValueOfWrittenText(sheetValues(table)[0][table.columns.length - 1] as string)).toBe("Final demand");
  });
});
