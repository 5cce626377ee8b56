import fc from "fast-check";
import {
  CellVector,
  describe as describeCell,
  isBlank,
  readBoolean,
  readDay,
  readInteger,
  readNumber,
  readOptionalNumber,
  readText,
  readVector,
  readVectorInPlace,
  requireSameLength,
} from "../../src/core/cells";
import { isArInputError } from "../../src/core/errors";

/** The code, kind and English message of the input error a read throws. */
function failure(run: () => unknown): { code: string; kind: string; message: string } {
  try {
    run();
  } catch (e) {
    if (isArInputError(e)) return { code: e.code, kind: e.kind, message: e.message };
    throw e;
  }
  throw new Error("expected an input error");
}

// An error value as Excel (or its stand-in) passes it in a cell.
const NA = { code: "#N/A", message: "not available" };

describe("blanks and descriptions", () => {
  it.each([[null, true], [undefined, true], ["", true], [" ", false], [0, false], [false, false]])("isBlank(%j) = %s", (v, blank) =>
    expect(isBlank(v)).toBe(blank),
  );

  it("describes values the way messages quote them", () => {
    expect([describeCell("abc"), describeCell(true), describeCell(null), describeCell(12.5), describeCell(NA)]).toEqual([
      '"abc"', "TRUE", "a blank", "12.5", "an error value",
    ]);
    expect(describeCell("x".repeat(50))).toBe(JSON.stringify("x".repeat(40) + "…"));
  });
});

describe("readDay", () => {
  it.each([
    [45292, 45292],
    [45292.75, 45292], // the time of day is dropped, as DAYS does
    ["2024-01-31", 45322],
    [1, 1],
    [2958465, 2958465],
  ])("reads %j as day %i", (v, day) => expect(readDay(v, "dueDate")).toBe(day));

  it.each([
    [null, "required", "value", "dueDate is required."],
    ["next week", "notADate", "value", 'dueDate must be a date (an Excel date or ISO text YYYY-MM-DD), got "next week".'],
    ["31/01/2024", "notADate", "value", 'dueDate must be a date (an Excel date or ISO text YYYY-MM-DD), got "31/01/2024".'],
    [true, "notADate", "value", "dueDate must be a date (an Excel date or ISO text YYYY-MM-DD), got TRUE."],
    [0, "dateOutOfRange", "num", "dueDate must be a date between 1900-01-01 and 9999-12-31, got 0."],
    [2958466, "dateOutOfRange", "num", "dueDate must be a date between 1900-01-01 and 9999-12-31, got 2958466."],
  ])("refuses %j: %s", (v, code, kind, message) => expect(failure(() => readDay(v, "dueDate"))).toEqual({ code, kind, message }));

  it.each([
    ["2026-11-27 10:30", 46353],
    ["2026-11-27 00:00:00", 46353],
    ["2026-11-27T23:59:59.999", 46353], // the last moment of the day is still that day
    [" 2024-02-29T08:00 ", 45351],
  ])("reads date-and-time text %j as its day %i, dropping the time as for a serial", (v, day) => {
    expect(readDay(v, "dueDate")).toBe(day);
  });

  it.each(["2026-11-27T10:30Z", "2026-11-27T10:30+08:00", "2026-11-27 24:00", "2026-11-27 10:60", "2026-02-30 10:00", "2026-11-27 10", "2026-11-27x10:30"])(
    "refuses %j (a time zone, an impossible time or date, or no time after the date)",
    (v) => expect(failure(() => readDay(v, "dueDate")).code).toBe("notADate"),
  );

  it("names the row of a range in the message", () => {
    expect(failure(() => readDay("soon", "dueDates", 3)).message).toBe(
      'Row 3: dueDates must be a date (an Excel date or ISO text YYYY-MM-DD), got "soon".',
    );
  });
});

describe("numbers, integers, text, booleans", () => {
  it("reads numbers and refuses text, blanks and non-finite numbers", () => {
    expect(readNumber(-12.5, "amount")).toBe(-12.5);
    expect(failure(() => readNumber("12", "amount")).code).toBe("notANumber"); // text is never guessed at
    expect(failure(() => readNumber(null, "amount")).code).toBe("required");
    expect(failure(() => readNumber(Infinity, "amount")).code).toBe("notANumber");
    expect(readOptionalNumber(null, "days", 365)).toBe(365);
    expect(readOptionalNumber(360, "days", 365)).toBe(360);
  });

  it("reads whole numbers only as integers", () => {
    expect(readInteger(3, "count")).toBe(3);
    expect(failure(() => readInteger(2.5, "count"))).toEqual({ code: "notAnInteger", kind: "value", message: "count must be a whole number, got 2.5." });
  });

  it("reads text trimmed, and a number as its text", () => {
    expect(readText("  NET30 ", "terms")).toBe("NET30");
    expect(readText(30, "terms")).toBe("30");
    expect(failure(() => readText(null, "terms")).code).toBe("required");
    expect(failure(() => readText(false, "terms")).code).toBe("notText");
  });

  it("names the row of a range when text is missing or is not text", () => {
    expect(failure(() => readText(false, "policy", 3)).message).toBe("Row 3: policy must be text, got FALSE.");
    expect(failure(() => readText("  ", "keys", 12)).message).toBe("Row 12: keys is required.");
    expect(failure(() => readText(true, "terms")).message).toBe("terms must be text, got TRUE."); // a single argument: no row
  });

  it("reads booleans as Excel does: TRUE/FALSE, numbers nonzero, blank the fallback", () => {
    expect([readBoolean(true, "c", false), readBoolean(0, "c", true), readBoolean(2, "c", false), readBoolean(null, "c", true)]).toEqual([
      true, false, true, true,
    ]);
    expect(failure(() => readBoolean("yes", "c", false)).code).toBe("notABoolean");
  });

  it("rethrows an error value from a cell as it is, so the formula answers with the same error", () => {
    for (const read of [
      () => readDay(NA, "d"), () => readNumber(NA, "n"), () => readInteger(NA, "i"), () => readText(NA, "t"), () => readBoolean(NA, "b", false),
    ]) {
      expect(read).toThrow(expect.objectContaining({ code: "#N/A" }));
      try {
        read();
      } catch (e) {
        expect(e).toBe(NA);
      }
    }
  });
});

describe("vectors: a row or a column", () => {
  it("flattens a row, a column or a single cell, and refuses a block naming its size", () => {
    expect(readVector([[1, 2, 3]], "v")).toEqual([1, 2, 3]);
    expect(readVector([[1], [2], [3]], "v")).toEqual([1, 2, 3]);
    expect(readVector(7, "v")).toEqual([7]);
    expect(failure(() => readVector([[1, 2], [3, 4]], "v"))).toEqual({
      code: "notAVector", kind: "value", message: "v must be a single row or a single column, got 2×2.",
    });
  });

  it("reads a vector in place exactly as readVector copies it", () => {
    const grid = fc.oneof(
      fc.array(fc.oneof(fc.integer(), fc.constant(null)), { minLength: 1, maxLength: 20 }).map((row) => [row]),
      fc.array(fc.oneof(fc.integer(), fc.constant(null)), { minLength: 1, maxLength: 20 }).map((col) => col.map((c) => [c])),
    );
    fc.assert(
      fc.property(grid, (g) => {
        const copy = readVector(g, "v");
        const inPlace = readVectorInPlace(g, "v");
        expect(inPlace.length).toBe(copy.length);
        expect(Array.from({ length: inPlace.length }, (_, i) => inPlace.at(i))).toEqual(copy);
      }),
    );
    expect(failure(() => readVectorInPlace([[1, 2], [3, 4]], "v")).code).toBe("notAVector");
    expect(CellVector.ofList([5]).at(0)).toBe(5);
  });

  it("refuses ranges that do not line up, naming both sizes", () => {
    expect(() => requireSameLength([1, 2], "a", [1, 2], "b")).not.toThrow();
    expect(failure(() => requireSameLength([1, 2, 3], "dueDates", [1], "amounts")).message).toBe(
      "dueDates has 3 values but amounts has 1; they must line up.",
    );
  });
});
