import { calc, calcError } from "../support/calc";

/*
 * The examples of docs/functions.md (Aging) for AR.AGEDAYS, AR.BUCKET and AR.AGING (AR.AGINGBY has
 * its own file). As of 2024-03-31 (45382): 2024-03-31 → 0 days, 2024-03-01 (45352) → 30,
 * 2024-02-15 (45337) → 45, 2023-12-01 (45261) → 121, 2024-04-30 (45412) → -30.
 */
describe("AR.AGEDAYS", () => {
  test.each([
    ['=AR.AGEDAYS("2024-02-15", "2024-03-31")', 45],
    ['=AR.AGEDAYS("2024-04-30", "2024-03-31")', -30],
    ["=AR.AGEDAYS(45382, 45382)", 0],
  ])("%s = %i", (formula, days) => {
    expect(calc(formula)).toBe(days);
  });

  test("a date in another format is #VALUE! naming the argument", () => {
    expect(calcError('=AR.AGEDAYS("15/02/2024", "2024-03-31")').message).toMatch(/^dueDate must be a date/);
  });
});

describe("AR.BUCKET", () => {
  test.each([
    ['=AR.BUCKET("2024-04-30", "2024-03-31")', "Current"],
    ['=AR.BUCKET("2024-03-31", "2024-03-31")', "Current"], // due today is not overdue
    ['=AR.BUCKET("2024-03-01", "2024-03-31")', "1-30"], // 30 days: upper bounds are inclusive
    ['=AR.BUCKET("2024-02-15", "2024-03-31")', "31-60"],
    ['=AR.BUCKET("2023-12-01", "2024-03-31")', ">90"],
    ['=AR.BUCKET("2024-02-15", "2024-03-31", {15,45})', "16-45"],
  ])("%s = %s", (formula, label) => {
    expect(calc(formula)).toBe(label);
  });

  test("date-and-time text, as a system export writes due dates, is aged by its day", () => {
    expect(calc('=AR.AGEDAYS("2024-02-15 23:59", "2024-03-31 00:01")')).toBe(45);
    expect(calc('=AR.BUCKET("2024-03-01T18:00:00", "2024-03-31")')).toBe("1-30");
  });

  test("bounds out of order are #VALUE!", () => {
    expect(calc('=AR.BUCKET("2024-02-15", "2024-03-31", {45,15})')).toBe("#VALUE!");
  });
});

describe("AR.AGING", () => {
  // 1,000.00 Current, 200.00 in 1-30, 500.50 in 31-60, 200.00 in >90.
  const sheet = [[45382, 1000], [45352, 200], [45337, 500.5], [45261, 200], [null, null]];

  test("two rows: labels, then totals that add up to the amounts", () => {
    expect(calc('=AR.AGING(A1:A5, B1:B5, "2024-03-31")', sheet)).toEqual([
      ["Current", "1-30", "31-60", "61-90", ">90"],
      [1000, 200, 500.5, 0, 200],
    ]);
  });

  test("a blank amount beside a due date is #VALUE! naming the row", () => {
    expect(calcError('=AR.AGING(A1:A2, B1:B2, "2024-03-31")', [[45382, 1000], [45352, null]]).message).toBe(
      "amounts is blank in row 2 while dueDates is not; fill both or neither.",
    );
  });

  test("a column of date-and-time text ages like the same dates as serials", () => {
    const exported = [["2024-03-01 14:30:00", 200], ["2024-02-15T09:00", 500.5], ["2023-12-01 00:00", 200], [45382.6, 1000]];
    expect(calc('=AR.AGING(A1:A4, B1:B4, "2024-03-31")', exported)).toEqual([
      ["Current", "1-30", "31-60", "61-90", ">90"],
      [1000, 200, 500.5, 0, 200],
    ]);
  });

  test("an amount whose cents need more than Excel's 15 digits is #NUM! naming its row, not rounded by whole cents", () => {
    // 12,345,678,901,234.56 rounded to 15 digits would count as …234.60.
    expect(calcError('=AR.AGING(A1:A2, B1:B2, "2024-03-31")', [[45382, 1], [45352, 12345678901234.56]])).toEqual({
      value: "#NUM!",
      message: "Row 2: amounts is too large (at most 15 digits, cents included): 12345678901234.56.",
    });
  });

  describe("[currency]: amounts kept to the currency's minor unit", () => {
    // Kuwaiti dinar has three decimals: 1.234 + 2.345 overdue, 0.001 current.
    const dinars = [[45352, 1.234], [45337, 2.345], [45382, 0.001]];

    test("KWD keeps the third decimal that the default two would round away", () => {
      expect(calc('=AR.AGING(A1:A3, B1:B3, "2024-03-31", , "KWD")', dinars)).toEqual([
        ["Current", "1-30", "31-60", "61-90", ">90"],
        [0.001, 1.234, 2.345, 0, 0],
      ]);
      expect(calc('=AR.AGING(A1:A3, B1:B3, "2024-03-31")', dinars)).toEqual([
        ["Current", "1-30", "31-60", "61-90", ">90"],
        [0, 1.23, 2.35, 0, 0],
      ]);
    });

    test("a currency name or lower-case code is read as its code; JPY rounds to whole yen", () => {
      expect(calc('=AR.AGING(A1:A3, B1:B3, "2024-03-31", , "kwd")', dinars)).toEqual(calc('=AR.AGING(A1:A3, B1:B3, "2024-03-31", , "KWD")', dinars));
      expect(calc('=AR.AGING(A1:A2, B1:B2, "2024-03-31", , "日元")', [[45352, 1000.4], [45337, 2000.6]])).toEqual([
        ["Current", "1-30", "31-60", "61-90", ">90"],
        [0, 1000, 2001, 0, 0],
      ]);
      expect((calc('=AR.AGING(A1:A1, B1:B1, "2024-03-31", , "人民币")', [[45352, 1.005]]) as number[][])[1][1]).toBe(1.01);
    });

    test("a currency cell of only spaces is left out (two decimals), as a blank one is; so is a bound of only spaces", () => {
      expect(calc('=AR.AGING(A1:A3, B1:B3, "2024-03-31", , C1)', dinars.map((r, i) => [...r, i === 0 ? "  " : null]))).toEqual([
        ["Current", "1-30", "31-60", "61-90", ">90"],
        [0, 1.23, 2.35, 0, 0],
      ]);
      expect(calc('=AR.BUCKET("2024-02-15", "2024-03-31", A1:A3)', [[15], [" "], [45]])).toBe("16-45");
    });

    test("a currency that is not one is #VALUE! naming the argument", () => {
      expect(calcError('=AR.AGING(A1:A3, B1:B3, "2024-03-31", , "dinar")', dinars)).toEqual({
        value: "#VALUE!",
        message: 'currency must be a currency: an ISO code such as CNY, USD or KWD, or a name such as 人民币 or 美元; got "dinar".',
      });
      expect(calcError('=AR.AGING(A1:A3, B1:B3, "2024-03-31", , 3)', dinars).message).toMatch(/^currency must be a currency.*got 3\.$/);
    });
  });
});
