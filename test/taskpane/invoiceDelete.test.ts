import { formatMoney } from "../../src/core/moneyFormat";
import { closeContract } from "../../src/core/store/contracts";
import { deleteInvoice, recordInvoice } from "../../src/core/store/invoices";
import type { LedgerDb } from "../../src/core/store/db";
import type { Invoice } from "../../src/core/store/types";
import { invoiceDeleteFailure, invoiceNaming } from "../../src/taskpane/pages/Contracts/invoiceDelete";
import { strings } from "../../src/taskpane/pages/Contracts/strings";
import { freshDb, refusalOf as refusal, seedContract } from "../store/fixtures";

/**
 * What the contract detail says when deleting an invoice is refused, from the errors the store
 * really raises: deleted by another pane first, a stale copy; and the closed-contract refusal the
 * page raises itself (core's deleteInvoice does not look at the contract).
 */
const money = (minor: number) => formatMoney(minor, "CNY", 2);

async function ledgerWithInvoice(): Promise<{ db: LedgerDb; contractId: number; invoice: Invoice }> {
  const db = freshDb();
  const { contractId } = await seedContract(db);
  const id = await recordInvoice(db, { number: "FP-0042", contractId, date: "2026-02-03", amountMinor: 113_00, taxMinor: 13_00 });
  return { db, contractId, invoice: (await db.invoices.get(id))! };
}

describe("deleting an invoice: how it is named and why it was refused", () => {
  test("the invoice is named by its number, its date and its amount with the currency", async () => {
    const { invoice } = await ledgerWithInvoice();
    expect(invoiceNaming(invoice, money)).toEqual({ number: "FP-0042", date: "2026-02-03", amount: "CNY 113.00" });
  });

  test("an invoice another pane deleted first is named as the analyst saw it, not as a table row id, in both languages", async () => {
    const { db, invoice } = await ledgerWithInvoice();
    await deleteInvoice(db, invoice.id!, invoice.rev);
    const e = await refusal(deleteInvoice(db, invoice.id!, invoice.rev));
    expect(invoiceDeleteFailure(e, invoice, strings.en, "en", money))
      .toBe("Invoice FP-0042 of CNY 113.00 on 2026-02-03 was already deleted in another pane; nothing was changed here.");
    expect(invoiceDeleteFailure(e, invoice, strings.zh, "zh", money)).toBe("2026-02-03 的发票 FP-0042（CNY 113.00）已在其他窗格中删除；此处未做任何更改。");
  });

  test("a stale copy of the invoice is refused as changed elsewhere, naming it by its number, and it stays", async () => {
    const { db, invoice } = await ledgerWithInvoice();
    await db.invoices.update(invoice.id!, { rev: invoice.rev + 1 });
    const e = await refusal(deleteInvoice(db, invoice.id!, invoice.rev));
    const en = invoiceDeleteFailure(e, invoice, strings.en, "en", money);
    expect(en.startsWith("This invoice was changed elsewhere, so it was not deleted; the list shows it as it now is. ")).toBe(true);
    expect(en).toContain("FP-0042 was changed in another pane");
    expect(invoiceDeleteFailure(e, invoice, strings.zh, "zh", money).startsWith("这张发票已在其他地方被修改，未删除；列表显示的是其当前内容。")).toBe(true);
    expect(await db.invoices.get(invoice.id!)).toBeDefined();
  });

  test("a closed contract's invoice is refused with core's closed-contract message, in both languages", async () => {
    const { db, contractId, invoice } = await ledgerWithInvoice();
    const contract = (await db.contracts.get(contractId))!;
    await closeContract(db, contractId, contract.rev, { writeOff: true });
    const e = await refusal(deleteInvoice(db, invoice.id!, invoice.rev));
    expect(await db.invoices.get(invoice.id!)).toBeDefined();
    expect(invoiceDeleteFailure(e, invoice, strings.en, "en", money)).toBe(`Could not delete the invoice: Contract ${contract.code} is closed; reopen it first.`);
    expect(invoiceDeleteFailure(e, invoice, strings.zh, "zh", money)).toBe(`无法删除发票：合同 ${contract.code} 已关闭；请先重新打开。`);
  });
});
