import { monthDate, trendLine } from "../../src/taskpane/pages/Dashboard/charts/trendLine";

const months = (values: (number | null)[]) => values.map((value, k) => ({ month: `2026-${String(6 + k).padStart(2, "0")}`, value }));

describe("the DSO / CEI trend line", () => {
  test("a month without a value breaks the line there instead of bridging it", () => {
    // June 30, July and August undefined (no sales), September 30, October 45
    const line = trendLine(months([30, null, null, 30, 45]));
    expect(line.data.map((p) => [p.x.toISOString().slice(0, 7), p.y])).toEqual([["2026-06", 30], ["2026-09", 30], ["2026-10", 45]]);
    expect(line.gaps).toEqual([{ startIndex: 0, endIndex: 1 }]);
  });

  test("missing months at either end leave no gap, and NaN or infinity counts as missing", () => {
    const line = trendLine(months([null, 12, Number.NaN, 14, Number.POSITIVE_INFINITY, null]));
    expect(line.data.map((p) => p.y)).toEqual([12, 14]);
    expect(line.gaps).toEqual([{ startIndex: 0, endIndex: 1 }]);
    expect(trendLine(months([null, 5, 6, null])).gaps).toEqual([]);
  });

  test("consecutive months are one unbroken line, each at the first of its month in UTC", () => {
    const line = trendLine(months([1, 2, 3]));
    expect(line.gaps).toEqual([]);
    expect(line.data.map((p) => p.x.getTime())).toEqual([Date.UTC(2026, 5, 1), Date.UTC(2026, 6, 1), Date.UTC(2026, 7, 1)]);
    expect(monthDate("2026-12").toISOString()).toBe("2026-12-01T00:00:00.000Z");
  });
});
