import { monthAxis, monthDate, monthLabel } from "../../src/taskpane/pages/Dashboard/charts/trendLine";
import { targetProgress } from "../../src/taskpane/pages/Dashboard/charts/targetProgress";
import { axisLabel, axisTicks, labelWidth, valueAxis } from "../../src/taskpane/pages/Dashboard/charts/units";
import { agingLabels, strings } from "../../src/taskpane/pages/Dashboard/strings";

describe("Dashboard chart value axes: round ticks an analyst reads at a glance", () => {
  test("an aging total of 611,420.00 gets ticks 0, 200,000 … 800,000, not 611.42k", () => {
    expect(axisTicks([0, 388_600, 611_420, 0])).toEqual([0, 200_000, 400_000, 600_000, 800_000]);
  });

  test("a forecast peak of 351,850.00 gets ticks of 100,000; 1,220,000 gets ticks of 200,000 up to 1,400,000", () => {
    expect(axisTicks([351_850, 12_000])).toEqual([0, 100_000, 200_000, 300_000, 400_000]);
    expect(axisTicks([1_220_000])).toEqual([0, 200_000, 400_000, 600_000, 800_000, 1_000_000, 1_200_000, 1_400_000]);
  });

  test("a value that is already round is the top tick; negative values (a DSO below 0) reach below 0", () => {
    expect(axisTicks([600_000])).toEqual([0, 200_000, 400_000, 600_000]);
    expect(axisTicks([-12, 93])).toEqual([-20, 0, 20, 40, 60, 80, 100]);
  });

  test("an empty chart (all 0, or no values) still has an axis of 0 to 1; small values get decimal steps without float noise", () => {
    expect(axisTicks([0, 0])).toEqual([0, 1]);
    expect(axisTicks([])).toEqual([0, 1]);
    expect(axisTicks([0.7])).toEqual([0, 0.2, 0.4, 0.6, 0.8]);
  });

  test("tick labels are short and in the pane's language: K/M in English, 万/亿 in Chinese", () => {
    expect([0, 200_000, 800_000, 1_400_000, 2_500_000_000].map((v) => axisLabel(v, "en"))).toEqual(["0", "200K", "800K", "1.4M", "2.5B"]);
    expect([0, 200_000, 800_000, 1_400_000, 250_000_000].map((v) => axisLabel(v, "zh"))).toEqual(["0", "20万", "80万", "140万", "2.5亿"]);
  });

  test("no two ticks of an axis share a label (a label is never rounded into its neighbour's)", () => {
    for (const max of [0.7, 9, 93, 1_050, 35_185, 611_420, 1_050_000, 10_000_004_085_678]) {
      for (const lang of ["en", "zh"] as const) {
        const labels = axisTicks([max], 20).map((t) => axisLabel(t, lang));
        expect(new Set(labels).size).toBe(labels.length);
      }
    }
  });

  test("the left margin is wide enough for the widest label plus the tick padding, and never below the library's 40px", () => {
    const en = valueAxis([611_420], "en");
    expect(en.yAxisTickValues).toEqual([0, 200_000, 400_000, 600_000, 800_000]);
    expect(en.yMaxValue).toBe(800_000);
    expect(en.yAxisTickFormat(600_000)).toBe("600K");
    expect(en.margins.left).toBeGreaterThanOrEqual(Math.max(40, labelWidth("800K") + 10));
    expect(valueAxis([1], "en").margins.left).toBe(40);
    // A huge ledger: "10T" in English, "10万亿" in Chinese; the margin grows with the label.
    const zh = valueAxis([10_000_004_085_678], "zh");
    expect(zh.margins.left).toBeGreaterThanOrEqual(labelWidth(zh.yAxisTickFormat(zh.yMaxValue)) + 10);
    expect(zh.culture).toBe("zh-CN");
  });
});

describe("Dashboard month labels: months, in the pane's language", () => {
  test("a month reads Jul 2026 in English and 2026年7月 in Chinese, or Aug / 8月 without the year", () => {
    expect(monthLabel("2026-07", "en")).toBe("Jul 2026");
    expect(monthLabel("2026-07", "zh")).toBe("2026年7月");
    expect(monthLabel("2026-08", "en", false)).toBe("Aug");
    expect(monthLabel("2026-12", "zh", false)).toBe("12月");
  });

  test("the DSO / CEI axis has one tick per month; the first and each January carry the year", () => {
    const axis = monthAxis(["2026-11", "2026-10", "2026-12", "2027-01", "2027-02", "2026-12"]);
    expect(axis.tickValues.map((d) => d.toISOString().slice(0, 10))).toEqual(["2026-10-01", "2026-11-01", "2026-12-01", "2027-01-01", "2027-02-01"]);
    expect(axis.tickValues.map((d) => axis.label(d, "en"))).toEqual(["Oct 2026", "Nov", "Dec", "Jan 2027", "Feb"]);
    expect(axis.tickValues.map((d) => axis.label(d, "zh"))).toEqual(["2026年10月", "11月", "12月", "2027年1月", "2月"]);
    expect(axis.label(monthDate("2026-10"), "zh")).not.toMatch(/[A-Za-z]/);
  });
});

describe("Dashboard aging labels", () => {
  test("the not-yet-due bucket is 未到期 in Chinese and Current in English; the day ranges stay as core writes them", () => {
    const core = ["Current", "1-30", "31-60", "61-90", ">90"];
    expect(agingLabels(core, strings.zh)).toEqual(["未到期", "1-30", "31-60", "61-90", ">90"]);
    expect(agingLabels(core, strings.en)).toEqual(core);
  });
});

describe("an owner's progress towards the collection target", () => {
  test("no target: no percentage and no bar, however much was collected", () => {
    expect(targetProgress({ owner: "Zhang Min", targetMinor: 0, collectedMinor: 16_000_000 })).toEqual({ percent: undefined, fill: 0, reached: false });
  });

  test("160,000.00 of 250,000.00 is 64%, bar 64% full, not reached", () => {
    expect(targetProgress({ owner: "Li", targetMinor: 25_000_000, collectedMinor: 16_000_000 })).toEqual({ percent: 64, fill: 0.64, reached: false });
  });

  test("the percentage is rounded down: 99.6% is 99%, not yet 100%", () => {
    expect(targetProgress({ owner: "Li", targetMinor: 100_000, collectedMinor: 99_600 }).percent).toBe(99);
    expect(targetProgress({ owner: "Li", targetMinor: 100, collectedMinor: 29 }).percent).toBe(29);
  });

  test("past the target the percentage says by how much (120%) and the bar is full", () => {
    expect(targetProgress({ owner: "Li", targetMinor: 25_000_000, collectedMinor: 30_000_000 })).toEqual({ percent: 120, fill: 1, reached: true });
  });

  test("at ledger sizes past 2^53 / 100 the percentage is still exact", () => {
    expect(targetProgress({ owner: "Li", targetMinor: 3_000_000_000_000_000, collectedMinor: 1_000_000_000_000_001 }).percent).toBe(33);
  });
});
