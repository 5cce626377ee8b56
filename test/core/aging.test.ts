import fc from "fast-check";
import {
  ageDays,
  agingFromCells,
  agingTable,
  bucketIndex,
  bucketLabel,
  bucketLabels,
  DEFAULT_BOUNDS,
  validateBounds,
} from "../../src/core/aging";
import { CellVector } from "../../src/core/cells";
import { isArInputError } from "../../src/core/errors";

function failure(run: () => unknown): { code: string; message: string } {
  try {
    run();
  } catch (e) {
    if (isArInputError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error("expected an input error");
}

const MAR_31 = 45382; // 2024-03-31 (45292 = 2024-01-01, + 31 + 29 + 30)

describe("buckets", () => {
  it("labels Current, then one inclusive band per bound, then the open band", () => {
    expect(bucketLabels(DEFAULT_BOUNDS)).toEqual(["Current", "1-30", "31-60", "61-90", ">90"]);
    expect(bucketLabels([7])).toEqual(["Current", "1-7", ">7"]);
    expect(bucketLabels([])).toEqual(["Current", ">0"]);
  });

  it.each([
    [-5, "Current"], [0, "Current"], [1, "1-30"], [30, "1-30"], [31, "31-60"], [60, "31-60"], [61, "61-90"], [90, "61-90"], [91, ">90"], [5000, ">90"],
  ])("%i days past due is %s", (days, label) => {
    expect(bucketLabels(DEFAULT_BOUNDS)[bucketIndex(days, DEFAULT_BOUNDS)]).toBe(label);
    expect(bucketLabel(MAR_31 - days, MAR_31)).toBe(label);
  });

  it("counts days past due as the as-of date minus the due date", () => {
    expect(ageDays(45322, MAR_31)).toBe(60);
    expect(ageDays(MAR_31 + 1, MAR_31)).toBe(-1);
  });

  it.each([[[0]], [[30, 30]], [[60, 30]], [[30.5]], [[-1]]])("refuses bounds %j", (bounds) =>
    expect(failure(() => validateBounds(bounds)).code).toBe("badBounds"),
  );

  it("puts more days past due never in an earlier bucket", () => {
    const bounds = fc.uniqueArray(fc.integer({ min: 1, max: 400 }), { minLength: 0, maxLength: 6 }).map((b) => b.sort((x, y) => x - y));
    fc.assert(
      fc.property(bounds, fc.integer({ min: -500, max: 500 }), fc.integer({ min: 0, max: 500 }), (b, days, more) => {
        expect(bucketIndex(days + more, b)).toBeGreaterThanOrEqual(bucketIndex(days, b));
      }),
    );
  });
});

describe("agingFromCells: totals per bucket in minor units", () => {
  it("totals a worked example by hand", () => {
    // As of 2024-03-31: due that day (Current 1000.00), a day later (Current 250.25), 1 day late
    // (1-30 300.00), 30 days (1-30 120.10), 60 days via ISO text (31-60 400.40), 90 days (61-90
    // 99.99), a blank row (skipped), 91 days (>90 1000.01).
    const due = [MAR_31, MAR_31 + 1, MAR_31 - 1, MAR_31 - 30, "2024-01-31", MAR_31 - 90, null, MAR_31 - 91];
    const amounts = [1000, 250.25, 300, 120.1, 400.4, 99.99, "", 1000.01];
    const result = agingFromCells(due, amounts, MAR_31);
    expect(result.totals).toEqual([125025, 42010, 40040, 9999, 100001]);
    expect(agingTable(result)).toEqual([
      ["Current", "1-30", "31-60", "61-90", ">90"],
      [1250.25, 420.1, 400.4, 99.99, 1000.01],
    ]);
  });

  it("rounds each amount once, half away from zero, before adding", () => {
    // 0.125 → 13 cents and 1.005 → 101 cents (decimal halves), -0.125 → -13: total 101 cents.
    expect(agingFromCells([MAR_31, MAR_31, MAR_31], [0.125, 1.005, -0.125], MAR_31).totals[0]).toBe(101);
    expect(agingFromCells([MAR_31], [1234.5], MAR_31, DEFAULT_BOUNDS, 0).totals[0]).toBe(1235);
  });

  it("refuses a row blank in only one column, naming the row", () => {
    expect(failure(() => agingFromCells([MAR_31, null], [1, 2], MAR_31)).message).toBe(
      "dueDates is blank in row 2 while amounts is not; fill both or neither.",
    );
    expect(failure(() => agingFromCells([MAR_31, MAR_31], [1, null], MAR_31)).code).toBe("halfBlank");
  });

  it("refuses columns of different lengths, bad dates and text amounts, with the row", () => {
    expect(failure(() => agingFromCells([MAR_31], [1, 2], MAR_31)).code).toBe("sizeMismatch");
    expect(failure(() => agingFromCells([MAR_31, "31/01/2024"], [1, 2], MAR_31)).message).toContain("Row 2: dueDates must be a date");
    expect(failure(() => agingFromCells([MAR_31, 0], [1, 2], MAR_31)).code).toBe("dateOutOfRange");
    expect(failure(() => agingFromCells([MAR_31], ["12"], MAR_31)).code).toBe("notANumber");
  });

  it("passes an error value from a cell on as it is", () => {
    const na = { code: "#N/A" };
    expect(() => agingFromCells([MAR_31, na], [1, 2], MAR_31)).toThrow(expect.objectContaining({ code: "#N/A" }));
  });

  // Rows of whole days and amounts built from whole cents (or exact half cents), so the expected
  // rounding is known without calling toMinor: c / 100 is c cents; (2k + 1) / 200 rounds to k + 1
  // cents away from zero.
  const row = fc.record({
    daysLate: fc.integer({ min: -400, max: 400 }),
    cents: fc.integer({ min: -1e9, max: 1e9 }),
    half: fc.boolean(),
    iso: fc.boolean(),
  });
  const boundsArb = fc.uniqueArray(fc.integer({ min: 1, max: 365 }), { minLength: 0, maxLength: 5 }).map((b) => b.sort((x, y) => x - y));

  function expected(rows: { daysLate: number; cents: number; half: boolean }[], bounds: number[]): number[] {
    const totals = new Array<number>(bounds.length + 2).fill(0);
    for (const r of rows) {
      let band = 0;
      if (r.daysLate > 0) {
        band = bounds.length + 1;
        for (let i = bounds.length - 1; i >= 0; i--) if (r.daysLate <= bounds[i]) band = i + 1;
      }
      const k = Math.abs(r.cents);
      const minor = r.half ? k + 1 : k;
      totals[band] += r.cents < 0 ? -minor : minor;
    }
    return totals;
  }

  function cells(rows: { daysLate: number; cents: number; half: boolean; iso: boolean }[]) {
    const due = rows.map((r) => (r.iso ? isoOf(MAR_31 - r.daysLate) : MAR_31 - r.daysLate));
    const amounts = rows.map((r) => {
      const k = Math.abs(r.cents);
      const magnitude = r.half ? (2 * k + 1) / 200 : k / 100;
      return r.cents < 0 ? -magnitude : magnitude;
    });
    return { due, amounts };
  }

  it("buckets every row by its days past due and rounds it to the cent, whatever the layout", () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), boundsArb, (rows, bounds) => {
        const { due, amounts } = cells(rows);
        const want = expected(rows, bounds);
        expect(agingFromCells(due, amounts, MAR_31, bounds).totals).toEqual(want);
        // A column as Excel passes it (one-element rows), read in place.
        const column = (xs: unknown[]) => CellVector.ofColumn(xs.map((x) => [x]));
        expect(agingFromCells(column(due), column(amounts), MAR_31, bounds).totals).toEqual(want);
      }),
    );
  });

  it("makes the totals add up to the sum of the rounded amounts", () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 60 }), boundsArb, (rows, bounds) => {
        const { due, amounts } = cells(rows);
        const sumOfRounded = expected(rows, []).reduce((a, b) => a + b, 0);
        expect(agingFromCells(due, amounts, MAR_31, bounds).totals.reduce((a, b) => a + b, 0)).toBe(sumOfRounded);
      }),
    );
  });
});

// ISO text of a serial, written without core's own conversion: days from 2024-03-31.
function isoOf(serial: number): string {
  const date = new Date(Date.UTC(2024, 2, 31) + (serial - MAR_31) * 86_400_000);
  return date.toISOString().slice(0, 10);
}
