import { contractSummaryLine, joinParts } from "../../src/taskpane/pages/Contracts/contractView";
import { strings } from "../../src/taskpane/pages/Contracts/strings";

/**
 * The lines that describe a contract join their parts with " · ". A contract may have no title
 * (core keeps it as ""): the list row and the detail then start with the owner, never with a
 * dangling "· ".
 */
describe("a contract's describing lines", () => {
  test("an untitled contract's list line is its owner alone, a titled one reads title · owner", () => {
    expect(joinParts("", "Zhang Min")).toBe("Zhang Min");
    expect(joinParts("  ", "Zhang Min")).toBe("Zhang Min");
    expect(joinParts(undefined, "张敏")).toBe("张敏");
    expect(joinParts("Port crane retrofit", "Zhang Min")).toBe("Port crane retrofit · Zhang Min");
    expect(joinParts("HT-1", undefined)).toBe("HT-1");
  });

  test("the detail's line of an untitled contract starts with its owner, in both languages", () => {
    const c = { title: "", owner: "Zhang Min", status: "active" as const, signDate: "2026-03-15" };
    expect(contractSummaryLine(c, strings.en)).toBe("Owner (responsible for collection): Zhang Min · Active · Sign date 2026-03-15");
    expect(contractSummaryLine(c, strings.zh)).toBe("回款负责人: Zhang Min · 执行中 · 签订日期 2026-03-15");
    expect(contractSummaryLine({ ...c, title: "浦东数据中心" }, strings.zh)).toBe("浦东数据中心 · 回款负责人: Zhang Min · 执行中 · 签订日期 2026-03-15");
  });
});
