import { formatMoney } from "../../src/core/moneyFormat";
import { closeContract, getContract, updateContract } from "../../src/core/store/contracts";
import type { LedgerDb } from "../../src/core/store/db";
import { recordReceipt } from "../../src/core/store/receipts";
import type { Contract } from "../../src/core/store/types";
import { closeBlocked, closeConfirmText, closedText, closeFailure, closeRecordText } from "../../src/taskpane/pages/Contracts/contractClose";
import { strings } from "../../src/taskpane/pages/Contracts/strings";
import { freshDb, refusalOf as refusal, seedContract } from "../store/fixtures";

/**
 * Closing a contract from the detail page: what the confirmation says (with and without money
 * open, with and without the write-off), whether it lets the analyst confirm, the notice once
 * closed, and what the page says when the store refuses, from the errors the store really raises.
 * The seeded contract has three installments of CNY 100.00, so 300.00 is open.
 */
const money = (minor: number) => formatMoney(minor, "CNY", 2);

async function openContract(): Promise<{ db: LedgerDb; contract: Contract }> {
  const db = freshDb();
  const { contractId } = await seedContract(db);
  return { db, contract: (await db.contracts.get(contractId))! };
}

describe("the close confirmation", () => {
  test("with money open and the write-off ticked it names the amount written off, where it leaves and that nothing can be recorded until reopened", () => {
    const en = closeConfirmText(300_00, true, strings.en, money);
    expect(en).toContain("CNY 300.00 is still open on it and will be written off");
    expect(en).toContain("it leaves Today, the Dashboard and the customer's credit exposure");
    expect(en).toContain("Until the contract is reopened, no receipt, invoice or progress can be recorded on it.");
    const zh = closeConfirmText(300_00, true, strings.zh, money);
    expect(zh).toContain("该合同仍有 CNY 300.00 未收，将予以核销");
    expect(zh).toContain("从今日、仪表盘和客户的信用占用中移除");
    expect(zh).toContain("在重新打开之前，不能再登记收款、发票和进度。");
    expect(closeBlocked(300_00, true)).toBe(false);
  });

  test("with money open and no write-off it says closing is refused and why, and offers no confirm — as the store refuses it", async () => {
    const en = closeConfirmText(300_00, false, strings.en, money);
    expect(en).toContain("CNY 300.00 is still open on it and “Write off what is still open” is not ticked, so it cannot be closed");
    expect(en).toContain("Record the receipts first, or cancel, tick “Write off what is still open” and close it again.");
    const zh = closeConfirmText(300_00, false, strings.zh, money);
    expect(zh).toContain("该合同仍有 CNY 300.00 未收，且未勾选“核销剩余未收款”，因此无法关闭");
    expect(zh).toContain(strings.zh.writeOff);
    expect(closeBlocked(300_00, false)).toBe(true);

    const { db, contract } = await openContract();
    const e = await refusal(closeContract(db, contract.id!, contract.rev, { writeOff: false }));
    expect((e as { code?: string }).code).toBe("contractHasOpen");
    expect((await getContract(db, contract.id!))!.status).toBe("active");
  });

  test("with nothing open it says so and lets the analyst close without a write-off, which the store accepts", async () => {
    expect(closeConfirmText(0, false, strings.en, money)).toContain("Nothing is open on it, so nothing is written off and Today, the Dashboard and the customer's credit exposure do not change.");
    expect(closeConfirmText(0, true, strings.zh, money)).toContain("该合同没有未收金额，无需核销");
    expect(closeBlocked(0, false)).toBe(false);

    const { db, contract } = await openContract();
    await recordReceipt(db, { contractId: contract.id!, date: "2026-03-31", amountMinor: 300_00, method: "transfer" });
    await closeContract(db, contract.id!, contract.rev, { writeOff: false });
    expect((await getContract(db, contract.id!))!.status).toBe("closed");
  });
});

describe("after closing", () => {
  test("the notice names the contract and, when money was open, the amount written off", () => {
    expect(closedText("HT-9", 300_00, strings.en, money)).toBe("Contract HT-9 closed; the CNY 300.00 still open on it was written off.");
    expect(closedText("HT-9", 300_00, strings.zh, money)).toBe("合同 HT-9 已关闭，剩余未收的 CNY 300.00 已核销。");
    expect(closedText("HT-9", 0, strings.en, money)).toBe("Contract HT-9 closed.");
    expect(closedText("HT-9", 0, strings.zh, money)).toBe("合同 HT-9 已关闭。");
  });
});

describe("when the store refuses to close", () => {
  test("money open without a write-off is explained with the amount, not as a bare save failure", async () => {
    const { db, contract } = await openContract();
    const e = await refusal(closeContract(db, contract.id!, contract.rev));
    const current = await getContract(db, contract.id!);
    expect(closeFailure(e, contract, current, strings.en, "en")).toBe(
      `The contract was not closed: Contract ${contract.code} still has CNY 300.00 open; record the receipts first or close it as a write-off. The page shows what is open on it now.`,
    );
    expect(closeFailure(e, contract, current, strings.zh, "zh")).toBe(`合同未关闭：合同 ${contract.code} 仍有 CNY 300.00 未收；请先登记收款，或按核销关闭。页面显示的是其当前的未收情况。`);
  });

  test("a contract changed elsewhere and still open is refused as changed elsewhere, and stays open", async () => {
    const { db, contract } = await openContract();
    await updateContract(db, contract.id!, contract.rev, { title: "Renamed elsewhere" });
    const e = await refusal(closeContract(db, contract.id!, contract.rev, { writeOff: true }));
    const current = await getContract(db, contract.id!);
    expect(current!.status).toBe("active");
    const en = closeFailure(e, contract, current, strings.en, "en");
    expect(en.startsWith("This contract was changed elsewhere, so it was not closed; the page shows it as it now is. ")).toBe(true);
    expect(en).toContain(`${contract.code} was changed in another pane`);
    expect(closeFailure(e, contract, current, strings.zh, "zh").startsWith("该合同已在其他地方被修改，未关闭；页面显示的是其当前内容。")).toBe(true);
  });

  test("a contract another pane closed first is reported as already closed, not as a stale revision", async () => {
    const { db, contract } = await openContract();
    await closeContract(db, contract.id!, contract.rev, { writeOff: true });
    const e = await refusal(closeContract(db, contract.id!, contract.rev, { writeOff: true }));
    const current = await getContract(db, contract.id!);
    expect(closeFailure(e, contract, current, strings.en, "en")).toBe(`Contract ${contract.code} was already closed in another pane; nothing was changed here.`);
    expect(closeFailure(e, contract, current, strings.zh, "zh")).toBe(`合同 ${contract.code} 已在其他窗格中关闭；此处未做任何更改。`);
  });

  test("a contract that no longer exists is reported by its code", async () => {
    const { db, contract } = await openContract();
    await db.contracts.delete(contract.id!);
    const e = await refusal(closeContract(db, contract.id!, contract.rev, { writeOff: true }));
    expect(closeFailure(e, contract, await getContract(db, contract.id!), strings.en, "en")).toBe(`Contract ${contract.code} no longer exists (it was deleted in another pane); nothing was changed.`);
    expect(closeFailure(e, contract, undefined, strings.zh, "zh")).toBe(`合同 ${contract.code} 已不存在（已在其他窗格中删除）；未做任何更改。`);
  });
});

describe("what a closed contract's detail says about its close", () => {
  test("the day and the amount the store recorded when it wrote the remainder off, in both languages", async () => {
    const { db, contract } = await openContract();
    await recordReceipt(db, { contractId: contract.id!, date: "2026-02-01", amountMinor: 120_00, method: "transfer" });
    await closeContract(db, contract.id!, contract.rev, { writeOff: true, date: "2026-03-10" });
    const closed = (await getContract(db, contract.id!))!;
    // 300.00 − 120.00 received was open at closing. The page's open figure plays no part when the record has it.
    expect(closeRecordText(closed, 0, strings.en, money)).toBe("Closed on 2026-03-10: CNY 180.00 was written off and is no longer receivable.");
    expect(closeRecordText(closed, 0, strings.zh, money)).toBe("已于 2026-03-10 关闭：核销 CNY 180.00，不再计入应收款。");
  });

  test("a close with nothing open says nothing was written off", async () => {
    const { db, contract } = await openContract();
    await recordReceipt(db, { contractId: contract.id!, date: "2026-02-01", amountMinor: 300_00, method: "transfer" });
    await closeContract(db, contract.id!, contract.rev, { date: "2026-04-01" });
    const closed = (await getContract(db, contract.id!))!;
    expect(closeRecordText(closed, 0, strings.en, money)).toBe("Closed on 2026-04-01: nothing was open, so nothing was written off.");
    expect(closeRecordText(closed, 0, strings.zh, money)).toBe("已于 2026-04-01 关闭：关闭时没有未收款，未核销任何金额。");
  });

  test("a contract closed before the record was kept shows what is open on it as written off, without a day", () => {
    const older = { writtenOffMinor: undefined, closedDate: undefined };
    expect(closeRecordText(older, 300_00, strings.en, money)).toBe("Closed: CNY 300.00 was written off and is no longer receivable.");
    expect(closeRecordText(older, 300_00, strings.zh, money)).toBe("已关闭：核销 CNY 300.00，不再计入应收款。");
    expect(closeRecordText(older, 0, strings.en, money)).toBe("Closed: nothing was open, so nothing was written off.");
  });
});
