import { calculateSheet, calculateSheetWithMessages, calculateWorkbook } from "../../src/calc/engine";
import { calc, calcError } from "../support/calc";

// Serials worked out by hand from 45292 = 2024-01-01 (2024 is a leap year):
// 2024-02-01 = 45292 + 31 = 45323, 2024-03-01 = 45323 + 29 = 45352, 2024-03-31 = 45382.
const MAR_31 = 45382;
const LABELS = ["Current", "1-30", "31-60", "61-90", ">90"];

describe("formulas with AR functions through HyperFormula", () => {
  it("spills AR.AGING into two rows: labels, then totals per bucket", () => {
    // 45352 is 30 days before 2024-03-31 (1-30), 45322 is 60 days before (31-60).
    const data = [
      [45352, 100, MAR_31],
      [45322, 40.5],
    ];
    expect(calc("=AR.AGING(A1:A2,B1:B2,C1)", data)).toEqual([LABELS, [0, 100, 40.5, 0, 0]]);
  });

  it("lets other formulas read spilled cells by reference, by range and through INDEX", () => {
    const sheet = calculateSheet([
      [45352, 100, MAR_31, "=AR.AGING(A1:A2,B1:B2,C1)"],
      [45322, 40.5],
      ["=E2", "=SUM(D2:H2)", "=INDEX(AR.AGING(A1:A2,B1:B2,C1),1,3)", "=G1"],
    ]);
    expect(sheet.A3).toBe(100); // E2: the 1-30 total
    expect(sheet.B3).toBeCloseTo(140.5, 10);
    expect(sheet.C3).toBe("31-60");
    expect(sheet.D3).toBe("61-90");
  });

  it("learns each call's spill size, also when two calls on a sheet differ", () => {
    // One bound gives Current, 1-30, >30: three columns; the default bounds give five.
    const sheet = calculateSheet([
      [45352, 100, MAR_31, 30],
      ["=AR.AGING(A1,B1,C1,D1)"],
      [],
      ["=AR.AGING(A1,B1,C1)"],
    ]);
    expect(sheet.A2).toEqual([["Current", "1-30", ">30"], [0, 100, 0]]);
    expect(sheet.A4).toEqual([LABELS, [0, 100, 0, 0, 0]]);
  });

  it("answers #SPILL! when the spill range is not empty, as Excel does", () => {
    const sheet = calculateSheet([[45352, 100, MAR_31, "=AR.AGING(A1,B1,C1)", null, "in the way"]]);
    expect(sheet.D1).toBe("#SPILL!");
  });

  it("accepts ISO text dates and refuses text that is not a date with #VALUE! naming the argument", () => {
    expect(calc('=AR.AGEDAYS("2024-01-31", C1)', [[null, null, MAR_31]])).toBe(MAR_31 - 45322);
    for (const text of ["next week", "31/01/2024", "2024-02-30"]) {
      const result = calcError(`=AR.AGEDAYS("${text}", ${MAR_31})`);
      expect(result.value).toBe("#VALUE!");
      expect(result.message).toContain("dueDate");
      expect(result.message).toContain(text);
    }
  });

  it("passes a blank cell to a scalar parameter as null, so a required date is reported missing", () => {
    expect(calcError("=AR.AGEDAYS(A1, B1)", [[null, MAR_31]])).toEqual({ value: "#VALUE!", message: "dueDate is required." });
  });

  it("passes an omitted optional argument as null, so the default bounds apply", () => {
    expect(calc("=AR.BUCKET(A1, B1)", [[45322, MAR_31]])).toBe("31-60");
    // 60 days past due with the single bound 75: bands Current, 1-75, >75.
    expect(calc("=AR.BUCKET(A1, B1, C1)", [[45322, MAR_31, 75]])).toBe("1-75");
    // A range for the matrix parameter bounds arrives whole: bands Current, 1-10, 11-70, >70.
    expect(calc("=AR.BUCKET(A1, B1, C1:D1)", [[45322, MAR_31, 10, 70]])).toBe("11-70");
  });

  it("skips ranges' blank rows (blank cells arrive as null)", () => {
    const data = [[45352, 100, MAR_31], [null, null], [45382, 1]];
    expect(calc("=AR.AGING(A1:A3,B1:B3,C1)", data)).toEqual([LABELS, [1, 100, 0, 0, 0]]);
  });

  it("answers with the error of an argument without calling the function, as Excel does with generated metadata", () => {
    expect(calc("=AR.AGING(A1:A2,B1:B2,C1)", [[45352, { error: "#N/A" }, MAR_31], [45322, 1]])).toBe("#N/A");
    expect(calc("=AR.AGEDAYS(1/0, 5)")).toBe("#DIV/0!");
  });

  it("lifts a range passed to a scalar parameter into a spill, as Excel's dynamic arrays do", () => {
    expect(calc("=AR.AGEDAYS(A1:A3, B1)", [[MAR_31, MAR_31], [45352], [45322]])).toEqual([[0], [30], [60]]);
  });

  it("answers #NAME? for a function the catalog does not have", () => {
    expect(calc("=AR.NOSUCHFUNCTION(1)")).toBe("#NAME?");
  });

  it("shares Excel's 1900 date system with core: DATE(2024,1,1) is 45292, DATE(1900,3,1) is 61", () => {
    expect(calc("=DATE(2024,1,1)")).toBe(45292);
    expect(calc("=DATE(1900,3,1)")).toBe(61);
    expect(calc("=AR.AGEDAYS(DATE(2024,1,1), DATE(2024,3,1))")).toBe(60);
  });

  it("shows 0 for a formula that points at a blank cell and keeps text that looks like a number as text", () => {
    const sheet = calculateSheet([[null, "42", "=A1", "=ISTEXT(B1)"]]);
    expect(sheet).toEqual({ C1: 0, D1: true });
  });

  it("returns only formula cells, keyed by A1 address, and prefixes the sheet when there are several", () => {
    const results = calculateWorkbook([
      { name: "Data", rows: [[45352, 100, MAR_31]] },
      { name: "Report", rows: [[null, "=AR.AGEDAYS(Data!A1, Data!C1)"]] },
    ]);
    expect(results).toEqual({ "Report!B1": { value: 30 } });
    expect(Object.keys(calculateSheetWithMessages([["=1+1", 2, "=B1*2"]]))).toEqual(["A1", "C1"]);
  });
});

describe("boolean literals", () => {
  it("reads a bare TRUE and FALSE in a formula as Excel does", () => {
    const out = calculateSheet([["=IF(TRUE,1,2)", "=AND(TRUE,FALSE)", "=FALSE"]]);
    expect(out).toEqual({ A1: 1, B1: false, C1: false });
  });
});
