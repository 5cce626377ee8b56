import { parseBackup } from "../../src/core/backup/validate";
import { createContract } from "../../src/core/store/contracts";
import { InvalidSettingError, saveSetting } from "../../src/core/store/settings";
import { errorMessage } from "../../src/taskpane/forms/fieldError";
import { strings } from "../../src/taskpane/pages/Settings/strings";
import { settingLabels } from "../../src/taskpane/pages/Settings/useSaveStatus";
import { freshDb, seedContract, seedCustomer, contractDraft } from "../store/fixtures";

const hasHan = (text: string) => /[\u4e00-\u9fff]/.test(text);

async function failure(p: Promise<unknown> | (() => unknown)): Promise<unknown> {
  try {
    await (typeof p === "function" ? p() : p);
  } catch (e) {
    return e;
  }
  throw new Error("expected a failure");
}

describe("errorMessage: every failure a form can meet, in the user's language", () => {
  test("a core input error names the field by its label", async () => {
    const db = freshDb();
    const customerId = await seedCustomer(db);
    const e = await failure(createContract(db, contractDraft(customerId, { amountMinor: -5 })));
    expect(errorMessage(e, "en", { amount: "Contract amount" })).toContain("Contract amount");
    expect(errorMessage(e, "zh", { amount: "合同金额" })).toContain("合同金额");
  });

  test("a refused backup says why in Chinese, not in English", async () => {
    const e = await failure(() => parseBackup("this is not JSON"));
    const zh = errorMessage(e, "zh");
    expect(hasHan(zh)).toBe(true);
    expect(zh).not.toBe(errorMessage(e, "en"));
  });

  test("a full disk inside a failed transaction is reported as a full disk, not as a failed write", () => {
    const e = Object.assign(new Error("Transaction aborted"), { name: "AbortError", inner: { name: "QuotaExceededError" } });
    expect(errorMessage(e, "en")).toMatch(/full/);
    expect(errorMessage(e, "zh")).toMatch(/存储空间已满/);
  });

  test("an invalid setting is named by its editor's label and keeps the old value, in both languages", async () => {
    const db = freshDb();
    const e = await failure(saveSetting(db, "agingBounds", [90, 30] as never));
    expect(e).toBeInstanceOf(InvalidSettingError);
    expect(errorMessage(e, "en", settingLabels(strings.en))).toBe("That value cannot be saved for this setting (Aging bucket bounds (days)); the previous value is kept.");
    expect(errorMessage(e, "zh", settingLabels(strings.zh))).toBe("该设置（账龄区间上限（天））不能保存为此值；原值保持不变。");
  });

  test("a transaction IndexedDB refused is said in the user's language, naming the error", async () => {
    const db = freshDb();
    const { customerId } = await seedContract(db);
    const base = { customerId, title: "", amountMinor: 1, currency: "CNY", signDate: "2026-01-01", terms: "", owner: "Li", status: "active" as const, penalty: { kind: "none" as const }, rev: 1, updatedAt: "" };
    const e = await failure(db.contracts.add({ ...base, code: "HT-2026-001" })); // the code is taken: the schema refuses it
    expect(errorMessage(e, "zh")).toMatch(/^台账未能完成此项更改（ConstraintError）/);
    expect(errorMessage(e, "en")).toMatch(/^The ledger could not complete the change \(ConstraintError\)/);
  });

  test("anything else is a bug and shows its own message", () => {
    expect(errorMessage(new TypeError("x is undefined"), "zh")).toBe("x is undefined");
    expect(errorMessage("plain text", "en")).toBe("plain text");
  });
});
