import { parsePeriod, quarterOfMonth } from "../../../src/core/ledger/periods";
import { serialFromIso } from "../../../src/core/dates";

describe("periods of collection targets", () => {
  test.each([["2026-01", "2026-Q1"], ["2026-03", "2026-Q1"], ["2026-04", "2026-Q2"], ["2026-11", "2026-Q4"], ["2026-12", "2026-Q4"]])("%s is in %s", (month, quarter) => {
    expect(quarterOfMonth(month)).toBe(quarter);
    const m = parsePeriod(month);
    const q = parsePeriod(quarter);
    expect(m.from >= q.from && m.to <= q.to).toBe(true);
  });

  test("a quarter runs from its first day to its last: 2026-Q4 is 1 October to 31 December", () => {
    expect(parsePeriod("2026-Q4")).toEqual({ from: serialFromIso("2026-10-01"), to: serialFromIso("2026-12-31") });
  });

  test.each(["2026-13", "2026-Q4", "Nov 2026"])("refuses %s as a month", (text) => {
    expect(() => quarterOfMonth(text)).toThrow(expect.objectContaining({ code: "badPeriod" }));
  });
});
