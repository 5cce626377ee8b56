import { recogniseWithFormats } from "../../../src/core/import/displayScale";
import { recogniseHeaders } from "../../../src/core/import/headers";
import { prepareImport } from "../../../src/core/import/importer";
import { refusalMessage, skippedColumnMessage } from "../../../src/core/import/messages";

/**
 * A bare 状态 / Status column: in a receivables sheet it usually holds each installment's payment
 * status (已回款, 逾期, paid, overdue), which the ledger works out from the amounts, not the
 * contract's status (草稿 / 执行中 / 已关闭 / 争议). Mapped to the contract status it refused every row.
 */
const sheet = [
  ["合同编号", "客户", "到期日", "应收金额", "状态"],
  ["HT-1", "华东建设", "2026-03-31", 30000, "已回款"],
  ["HT-2", "北方电力", "2026-04-30", 5000, "逾期"],
  ["HT-3", "南方物流", "2026-05-31", 8000, "未收"],
];

describe("a 状态 / Status column of payment statuses", () => {
  test("is not mapped to the contract status, so no row is refused for it", async () => {
    const headers = sheet[0];
    const rows = sheet.slice(1);
    const before = await prepareImport(rows, recogniseHeaders(headers).mapping, { firstRowNumber: 2 });
    expect(before.refusals.map((r) => r.code)).toEqual(["badStatus", "badStatus", "badStatus"]); // without the rows, as before
    const { mapping, skipped } = recogniseHeaders(headers, rows);
    expect(mapping.status).toBeUndefined();
    expect(skipped).toEqual([{ column: 4, header: "状态", field: "status", reason: "paymentStatus", examples: ["已回款", "逾期", "未收"] }]);
    const prepared = await prepareImport(rows, mapping, { firstRowNumber: 2 });
    expect(prepared.refusals).toEqual([]);
    expect(prepared.rows.map((r) => [r.contractCode, r.status])).toEqual([["HT-1", undefined], ["HT-2", undefined], ["HT-3", undefined]]);
  });

  test("English payment statuses under Status are recognised too, mixed with open / closed", () => {
    const rows = [["HT-1", "Paid"], ["HT-2", "Overdue"], ["HT-3", "Open"], ["HT-4", "Open"], ["HT-5", "Closed"]];
    const { mapping, skipped } = recogniseHeaders(["Contract", "Status"], rows);
    expect(mapping.status).toBeUndefined();
    expect(skipped.map((s) => s.examples)).toEqual([["Paid", "Overdue"]]);
  });

  test("the pane's recognition with formats passes the rows on and reports the column", () => {
    const { mapping, skipped } = recogniseWithFormats(sheet[0], undefined, sheet.slice(1));
    expect([mapping.status, skipped.map((s) => s.column)]).toEqual([undefined, [4]]);
  });

  test("a later 合同状态 column takes the contract status instead", () => {
    const rows = [["HT-1", "逾期", "执行中"], ["HT-2", "已回款", "已关闭"]];
    expect(recogniseHeaders(["合同编号", "状态", "合同状态"], rows).mapping.status).toBe(2);
  });

  test("a 状态 column of contract statuses stays mapped, a typo in it included; so does an empty one", () => {
    const rows = [["HT-1", "执行中"], ["HT-2", "已关闭"], ["HT-3", "执行终"]];
    expect(recogniseHeaders(["合同编号", "状态"], rows)).toMatchObject({ mapping: { status: 1 }, skipped: [] });
    expect(recogniseHeaders(["合同编号", "状态"], [["HT-1", ""], ["HT-2", null]]).mapping.status).toBe(1);
  });

  test("合同状态 names the contract's status whatever it holds: a payment status in it is refused with a hint", async () => {
    const rows = [["HT-1", "甲", "逾期"]];
    const { mapping, skipped } = recogniseHeaders(["合同编号", "客户", "合同状态"], rows);
    expect([mapping.status, skipped]).toEqual([2, []]);
    const prepared = await prepareImport(rows, mapping, { firstRowNumber: 2 });
    expect(prepared.refusals.map((r) => [r.row, r.code, r.hint])).toEqual([[2, "badStatus", "paymentStatus"]]);
    const [refusal] = prepared.refusals;
    expect(refusalMessage(refusal, "zh")).toBe("第 2 行：状态不是可识别的状态（草稿、执行中、已关闭、争议）：逾期。这是回款状态而不是合同状态（回款情况由金额计算）；请将“状态”设为“（不导入）”。");
    expect(refusalMessage(refusal, "en")).toBe(
      "Row 2: Status is not a known status (draft, active, closed, disputed): 逾期. This is a payment status, not a contract status (payments are worked out from the amounts): set Status to “(not imported)”.",
    );
  });

  test("a status that is neither kind is refused without the payment hint", async () => {
    const prepared = await prepareImport([["HT-1", "甲", "暂停"]], { contractCode: 0, customer: 1, status: 2 }, { firstRowNumber: 2 });
    expect(prepared.refusals.map((r) => [r.code, r.hint])).toEqual([["badStatus", undefined]]);
    expect(refusalMessage(prepared.refusals[0], "en")).not.toContain("payment");
  });

  test("the preview's note names the column and its values in Chinese and in English", () => {
    const [note] = recogniseHeaders(sheet[0], sheet.slice(1)).skipped;
    expect(skippedColumnMessage(note, "zh")).toBe("“状态”列（第 5 列）是回款状态（如 已回款、逾期、未收），不是合同状态，未对应到“状态”，不导入；回款情况由金额计算。如该列确是合同状态，请在上方手动对应。");
    expect(skippedColumnMessage(note, "en")).toBe(
      "Column 5 “状态” holds payment statuses (such as 已回款, 逾期, 未收), not contract statuses: it is not mapped to Status and not imported; payments are worked out from the amounts. If it does hold contract statuses, map it above.",
    );
  });
});
