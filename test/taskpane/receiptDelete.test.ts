import { formatMoney } from "../../src/core/moneyFormat";
import { closeContract } from "../../src/core/store/contracts";
import { deleteReceipt, recordReceipt } from "../../src/core/store/receipts";
import type { LedgerDb } from "../../src/core/store/db";
import type { Receipt } from "../../src/core/store/types";
import { receiptDeleteFailure, receiptNaming } from "../../src/taskpane/pages/Contracts/receiptDelete";
import { strings } from "../../src/taskpane/pages/Contracts/strings";
import { freshDb, refusalOf as refusal, seedContract } from "../store/fixtures";

/**
 * What the contract detail says when deleting a receipt is refused, from the errors the store
 * really raises: deleted by another pane first, the contract closed meanwhile, a stale copy.
 */
const money = (minor: number) => formatMoney(minor, "CNY", 2);

async function ledgerWithReceipt(): Promise<{ db: LedgerDb; contractId: number; receipt: Receipt }> {
  const db = freshDb();
  const { contractId } = await seedContract(db);
  const { receiptId } = await recordReceipt(db, { contractId, date: "2026-02-05", amountMinor: 150_00, method: "acceptance", reference: "BA-77" });
  return { db, contractId, receipt: (await db.receipts.get(receiptId))! };
}

describe("deleting a receipt: how it is named and why it was refused", () => {
  test("the receipt is named by its date, its amount with the currency and how it came in, in both languages", async () => {
    const { receipt } = await ledgerWithReceipt();
    expect(receiptNaming(receipt, strings.en, money)).toEqual({ date: "2026-02-05", amount: "CNY 150.00", method: "Bank acceptance bill · BA-77" });
    expect(receiptNaming(receipt, strings.zh, money)).toEqual({ date: "2026-02-05", amount: "CNY 150.00", method: "银行承兑汇票 · BA-77" });
  });

  test("a receipt another pane deleted first is named as the analyst saw it, not as a table row id", async () => {
    const { db, receipt } = await ledgerWithReceipt();
    await deleteReceipt(db, receipt.id!, receipt.rev);
    const e = await refusal(deleteReceipt(db, receipt.id!, receipt.rev));
    expect(receiptDeleteFailure(e, receipt, strings.en, "en", money))
      .toBe("The receipt of CNY 150.00 on 2026-02-05 was already deleted in another pane; nothing was changed here.");
    expect(receiptDeleteFailure(e, receipt, strings.zh, "zh", money)).toBe("2026-02-05 的收款 CNY 150.00 已在其他窗格中删除；此处未做任何更改。");
  });

  test("a closed contract refuses the deletion with core's message, in both languages", async () => {
    const { db, contractId, receipt } = await ledgerWithReceipt();
    const contract = (await db.contracts.get(contractId))!;
    await closeContract(db, contractId, contract.rev, { writeOff: true });
    const e = await refusal(deleteReceipt(db, receipt.id!, receipt.rev));
    expect(receiptDeleteFailure(e, receipt, strings.en, "en", money)).toBe(`Could not delete the receipt: Contract ${contract.code} is closed; reopen it first.`);
    expect(receiptDeleteFailure(e, receipt, strings.zh, "zh", money)).toBe(`无法删除收款：合同 ${contract.code} 已关闭；请先重新打开。`);
    expect(await db.receipts.get(receipt.id!)).toBeDefined();
  });

  test("a stale copy of the receipt is refused as changed elsewhere, naming it by contract and date", async () => {
    const { db, contractId, receipt } = await ledgerWithReceipt();
    const code = (await db.contracts.get(contractId))!.code;
    await db.receipts.update(receipt.id!, { rev: receipt.rev + 1 });
    const e = await refusal(deleteReceipt(db, receipt.id!, receipt.rev));
    const en = receiptDeleteFailure(e, receipt, strings.en, "en", money);
    expect(en.startsWith("This receipt was changed elsewhere, so it was not deleted; the list shows it as it now is. ")).toBe(true);
    expect(en).toContain(`${code} 2026-02-05 was changed in another pane`);
    expect(receiptDeleteFailure(e, receipt, strings.zh, "zh", money).startsWith("这笔收款已在其他地方被修改，未删除；列表显示的是其当前内容。")).toBe(true);
    expect(await db.receipts.get(receipt.id!)).toBeDefined();
  });
});
