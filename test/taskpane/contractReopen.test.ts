import { formatMoney } from "../../src/core/moneyFormat";
import { closeContract, getContract, reopenContract } from "../../src/core/store/contracts";
import type { LedgerDb } from "../../src/core/store/db";
import type { Contract } from "../../src/core/store/types";
import { reopenConfirmText, reopenedText, reopenFailure } from "../../src/taskpane/pages/Contracts/contractReopen";
import { strings } from "../../src/taskpane/pages/Contracts/strings";
import { freshDb, refusalOf as refusal, seedContract } from "../store/fixtures";

/**
 * Reopening a closed contract from the detail page: the store write the page makes
 * (reopenContract with the rev it read: back to the status it had before closing), what the
 * confirmation and the notice say, and what the page says when the write is refused, from the
 * errors the store really raises.
 */
const money = (minor: number) => formatMoney(minor, "CNY", 2);

async function closedContract(status: Contract["status"] = "active"): Promise<{ db: LedgerDb; contract: Contract }> {
  const db = freshDb();
  const { contractId } = await seedContract(db, undefined, { status });
  const c = (await db.contracts.get(contractId))!;
  await closeContract(db, contractId, c.rev, { writeOff: true });
  return { db, contract: (await db.contracts.get(contractId))! };
}

describe("reopening a closed contract", () => {
  test("the store accepts the page's write: a closed contract with money written off becomes active again", async () => {
    const { db, contract } = await closedContract();
    await reopenContract(db, contract.id!, contract.rev);
    expect((await getContract(db, contract.id!))!.status).toBe("active");
  });

  test("a contract that was disputed when it was closed is disputed again, and the confirmation and notice say so", async () => {
    const { db, contract } = await closedContract("disputed");
    expect(reopenConfirmText(300_00, strings.en, money, "disputed")).toMatch(/^The contract becomes Disputed again\. Its open amount of CNY 300\.00 counts again/);
    expect(reopenConfirmText(300_00, strings.zh, money, "disputed")).toMatch(/^合同将恢复为“有争议”。其未收金额 CNY 300\.00 将重新计入/);
    await reopenContract(db, contract.id!, contract.rev);
    const reopened = (await getContract(db, contract.id!))!;
    expect(reopened.status).toBe("disputed");
    expect(reopenedText(reopened.code, reopened.status, strings.en)).toBe(`Contract ${reopened.code} reopened; it is Disputed again.`);
    expect(reopenedText(reopened.code, reopened.status, strings.zh)).toBe(`合同 ${reopened.code} 已重新打开，恢复为有争议。`);
  });

  test("a closed contract an older import stored with a currency name is reopened too, its currency read as the code", async () => {
    const { db, contract } = await closedContract();
    await db.contracts.update(contract.id!, { currency: "人民币" });
    await reopenContract(db, contract.id!, contract.rev);
    const stored = (await getContract(db, contract.id!))!;
    expect(stored.status).toBe("active");
    expect(stored.currency).toBe("CNY");
  });

  test("the confirmation names what is open and where it counts again; with nothing open it says nothing changes there", () => {
    expect(reopenConfirmText(300_00, strings.en, money)).toMatch(/^The contract becomes Active again\./);
    expect(reopenConfirmText(300_00, strings.en, money)).toContain("it was written off when the contract was closed and is receivable again");
    expect(reopenConfirmText(300_00, strings.en, money)).toContain("Its open amount of CNY 300.00 counts again in Today, the Dashboard and the customer's credit exposure");
    expect(reopenConfirmText(300_00, strings.zh, money)).toContain("其未收金额 CNY 300.00 将重新计入今日、仪表盘和客户的信用占用");
    expect(reopenConfirmText(0, strings.en, money)).toContain("Nothing is open on it, so Today, the Dashboard and the customer's credit exposure do not change.");
    expect(reopenConfirmText(0, strings.zh, money)).toContain("该合同没有未收金额");
  });

  test("a contract another pane reopened first is reported as already reopened, with its status, not as a stale revision", async () => {
    const { db, contract } = await closedContract();
    await reopenContract(db, contract.id!, contract.rev);
    const e = await refusal(reopenContract(db, contract.id!, contract.rev));
    const current = await getContract(db, contract.id!);
    expect(reopenFailure(e, contract, current, strings.en, "en")).toBe(`Contract ${contract.code} was already reopened in another pane (it is now Active); nothing was changed here.`);
    expect(reopenFailure(e, contract, current, strings.zh, "zh")).toBe(`合同 ${contract.code} 已在其他窗格中重新打开（当前状态：执行中）；此处未做任何更改。`);
  });

  test("a contract changed elsewhere and still closed is refused as changed elsewhere, and stays closed", async () => {
    const { db, contract } = await closedContract();
    await db.contracts.update(contract.id!, { rev: contract.rev + 1, title: "Renamed elsewhere" });
    const e = await refusal(reopenContract(db, contract.id!, contract.rev));
    const current = await getContract(db, contract.id!);
    expect(current!.status).toBe("closed");
    const en = reopenFailure(e, contract, current, strings.en, "en");
    expect(en.startsWith("This contract was changed elsewhere, so it was not reopened; the page shows it as it now is. ")).toBe(true);
    expect(en).toContain(`${contract.code} was changed in another pane`);
    expect(reopenFailure(e, contract, current, strings.zh, "zh").startsWith("该合同已在其他地方被修改，未重新打开；页面显示的是其当前内容。")).toBe(true);
  });

  test("a contract that no longer exists is reported by its code", async () => {
    const { db, contract } = await closedContract();
    await db.contracts.delete(contract.id!);
    const e = await refusal(reopenContract(db, contract.id!, contract.rev));
    expect(reopenFailure(e, contract, await getContract(db, contract.id!), strings.en, "en")).toBe(`Contract ${contract.code} no longer exists (it was deleted in another pane); nothing was changed.`);
    expect(reopenFailure(e, contract, undefined, strings.zh, "zh")).toBe(`合同 ${contract.code} 已不存在（已在其他窗格中删除）；未做任何更改。`);
  });
});
