import { calc, calcError } from "../support/calc";

/** AR.DUNNINGLEVEL from formula text: the default policy and a custom two-column policy. */

describe("dunning stage in a workbook", () => {
  test.each<[number, string]>([
    [-8, "Not due"], [-7, "Courtesy"], [0, "Courtesy"], [1, "Friendly"], [15, "Friendly"], [16, "Formal"],
    [45, "Formal"], [46, "Final demand"], [90, "Final demand"], [91, "Legal"],
  ])("AR.DUNNINGLEVEL(%p) = %p with the default policy", (days, stage) => {
    expect(calc(`=AR.DUNNINGLEVEL(${days})`)).toBe(stage);
  });

  test("chained on AR.AGEDAYS: due 2024-01-31, as of 2024-03-01 is 30 days late → Formal", () => {
    expect(calc('=AR.DUNNINGLEVEL(AR.AGEDAYS("2024-01-31", "2024-03-01"))')).toBe("Formal");
  });

  const policy = [[0, "Reminder"], [30, "Escalate"], [null, null]];

  test("a two-column policy range replaces the default", () => {
    expect(calc("=AR.DUNNINGLEVEL(-1, A1:B3)", policy)).toBe("Not due");
    expect(calc("=AR.DUNNINGLEVEL(29, A1:B3)", policy)).toBe("Reminder");
    expect(calc("=AR.DUNNINGLEVEL(30, A1:B3)", policy)).toBe("Escalate");
  });

  test("an empty policy range means the default policy", () => {
    expect(calc("=AR.DUNNINGLEVEL(20, A1:B2)", [[null, null], [null, null]])).toBe("Formal");
  });

  test.each<[string, (number | string | null)[][], string, string]>([
    ["=AR.DUNNINGLEVEL(20, A1:B2)", [[10, "a"], [5, "b"]], "#VALUE!", "Row 2: policy must be in increasing order: 5 comes after 10."],
    ["=AR.DUNNINGLEVEL(20, A1:A2)", [[0], [30]], "#VALUE!", "policy must have 2 columns, got 1."],
    ["=AR.DUNNINGLEVEL(20, A1:B2)", [[0, "a"], [30, null]], "#VALUE!", "stage is blank in row 2 while fromDays is not; fill both or neither."],
    ['=AR.DUNNINGLEVEL("late")', [], "#VALUE!", 'daysPastDue must be a number, got "late".'],
  ])("%s over %j is %s", (formula, data, error, message) => {
    expect(calcError(formula, data)).toEqual({ value: error, message });
  });
});
