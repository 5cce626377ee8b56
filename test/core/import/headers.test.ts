import { fieldForHeader, normaliseHeader, recogniseHeaders, remapField } from "../../../src/core/import/headers";

describe("header recognition", () => {
  test.each([
    ["合同编号", "contractCode"], ["客户", "customer"], ["金额", "contractAmount"], ["签订日期", "signDate"],
    ["到期日", "dueDate"], ["回款金额", "receivedAmount"], ["应收金额", "installmentAmount"], ["期次", "seq"],
    ["Contract Code", "contractCode"], ["DUE DATE", "dueDate"], ["Customer_Name", "customer"],
    ["ＡＭＯＵＮＴ", "contractAmount"], ["合同金额（元）", "contractAmount"], [" 合 同 编 号 *", "contractCode"],
    ["Received amount", "receivedAmount"], ["备注", "notes"],
  ])("%s names the %s field", (header, field) => {
    expect(fieldForHeader(header)).toBe(field);
  });

  test("a header that names no field is left unmapped", () => {
    expect(fieldForHeader("颜色")).toBeUndefined();
    expect(fieldForHeader(null)).toBeUndefined();
  });

  test("normalisation folds full-width letters and spaces and drops a bracketed unit", () => {
    expect(normaliseHeader("Ｄｕｅ　Ｄａｔｅ")).toBe("duedate");
    expect(normaliseHeader("金额(万元)")).toBe("金额");
  });

  test("a Chinese header row maps each column and lists the unknown ones", () => {
    const { mapping, unmatched } = recogniseHeaders(["合同编号", "客户", "金额", "签订日期", "到期日", "回款金额", "颜色"]);
    expect(mapping).toEqual({ contractCode: 0, customer: 1, contractAmount: 2, signDate: 3, dueDate: 4, receivedAmount: 5 });
    expect(unmatched).toEqual([6]);
  });

  test("when two columns name the same field the first wins and the second is unmatched", () => {
    const { mapping, unmatched } = recogniseHeaders(["客户", "Customer"]);
    expect(mapping).toEqual({ customer: 0 });
    expect(unmatched).toEqual([1]);
  });

  test("remapping a field moves it and frees the column it takes from another field", () => {
    const next = remapField({ contractCode: 0, customer: 1, notes: 2 }, "title", 2);
    expect(next).toEqual({ contractCode: 0, customer: 1, title: 2 });
    expect(remapField(next, "title", undefined)).toEqual({ contractCode: 0, customer: 1 });
  });
});
