import { ArInputError } from "../../src/core/errors";
import { parseDiscountTerms } from "../../src/core/terms/discountTerms";
import { parseDueTerms } from "../../src/core/terms/dueTerms";
import { toHalfWidth } from "../../src/core/terms/scanner";
import { tranchesFromRange } from "../../src/core/terms/trancheRange";
import { parseTranches } from "../../src/core/terms/tranches";

/** The ArInputError a call throws, so a test can check its code, kind and parameters. */
function errorOf(run: () => unknown): ArInputError {
  try {
    run();
  } catch (e) {
    if (e instanceof ArInputError) return e;
    throw e;
  }
  throw new Error("expected an ArInputError, nothing was thrown");
}

describe("tranche terms", () => {
  test.each([
    ["30%@0d; 60%@90d; 10%@12m", [{ share: 0.3, offset: 0, unit: "d" }, { share: 0.6, offset: 90, unit: "d" }, { share: 0.1, offset: 12, unit: "m" }]],
    // Case, spaces, commas, long unit words and a trailing separator are all tolerated.
    ["  50 % @ 30 DAYS , 50%@1 Month ;", [{ share: 0.5, offset: 30, unit: "d" }, { share: 0.5, offset: 1, unit: "m" }]],
    ["33.5%@0d;66.5%@6m", [{ share: 0.335, offset: 0, unit: "d" }, { share: 0.665, offset: 6, unit: "m" }]],
    // Full-width characters from a Chinese input method read as ASCII.
    ["３０％＠０ｄ；７０％＠３ｍ", [{ share: 0.3, offset: 0, unit: "d" }, { share: 0.7, offset: 3, unit: "m" }]],
    ["100%@0d", [{ share: 1, offset: 0, unit: "d" }]],
  ])("%j reads as its tranches", (text, expected) => {
    const got = parseTranches(text);
    expect(got.map((t) => ({ ...t, share: Number(t.share.toPrecision(12)) }))).toEqual(expected);
  });

  test.each([
    // text, position (1-based), expected token
    ["30%@0d; 60%@90x", 15, '"d" | "m"'],
    ["30@0d", 3, '"%"'],
    ["30%0d", 4, '"@"'],
    ["30%@-5d", 5, "0-9"],
    ["30%@1.5m", 5, "0-9"],
    ["30%@0d 70%@1m", 8, '";" | <end>'],
    ["30%@0d;;70%@1m", 8, "0-9"],
    ["abc", 1, "0-9"],
    ["30%@0dx", 6, '"d" | "m"'], // "dx" is a word, not the unit d followed by junk
  ])("%j is refused at position %i, expecting %s", (text, pos, expected) => {
    const e = errorOf(() => parseTranches(text));
    expect(e.code).toBe("badTerms");
    expect(e.kind).toBe("value");
    expect(e.params).toMatchObject({ arg: "terms", pos, expected });
  });

  test("the message quotes what was typed, not the upper-cased text", () => {
    expect(errorOf(() => parseTranches("30%@0d; 70%@1week")).message).toBe(
      'terms: cannot read "week" at position 14: expected "d" | "m".',
    );
  });

  test("empty terms are missing, not malformed", () => {
    expect(errorOf(() => parseTranches("   ")).code).toBe("required");
  });

  test("full-width conversion keeps every position", () => {
    const text = "３０％＠０ｄ；　７０％";
    expect(toHalfWidth(text)).toBe("30%@0d; 70%");
    expect(toHalfWidth(text).length).toBe(text.length);
  });
});

describe("tranches from a two-column range", () => {
  test("shares are fractions, offsets days; rows blank in both columns are skipped", () => {
    expect(tranchesFromRange([[0.4, 0], [null, ""], [0.6, 30]])).toEqual([
      { share: 0.4, offset: 0, unit: "d" },
      { share: 0.6, offset: 30, unit: "d" },
    ]);
  });

  test.each([
    [[[0.4, 0], [0.6, null]], "halfBlank", "value"],
    [[[0.4, 0], [0.6, -1]], "mustNotBeNegative", "num"],
    [[[0.4, 0], [0.6, 1.5]], "notAnInteger", "value"],
    [[[0.4, 0], ["60%", 30]], "notANumber", "value"],
  ])("%j is refused with %s", (rows, code, kind) => {
    const e = errorOf(() => tranchesFromRange(rows));
    expect([e.code, e.kind, e.params.row]).toEqual([code, kind, 2]);
  });
});

describe("shares of zero or less in a range", () => {
  test("are refused at their own row of the range, blank rows counted, as #NUM! on the share column", () => {
    const e = errorOf(() => tranchesFromRange([[0.4, 0], [null, null], [-0.07, 30]]));
    expect([e.code, e.kind, e.params.row, e.params.arg, e.params.got]).toEqual(["mustBePositive", "num", 3, "terms (share)", -0.07]);
    expect(e.message).toBe("Row 3: terms (share) must be greater than zero, got -0.07.");
  });
});

describe("due-date terms", () => {
  test.each([
    ["NET30", { kind: "net", days: 30 }],
    ["Net 30", { kind: "net", days: 30 }],
    ["n30", { kind: "net", days: 30 }],
    ["n/45", { kind: "net", days: 45 }],
    ["30", { kind: "net", days: 30 }],
    ["net0", { kind: "net", days: 0 }],
    ["EOM", { kind: "eomDays", days: 0 }],
    ["eom + 30", { kind: "eomDays", days: 30 }],
    ["EOM+30d", { kind: "eomDays", days: 30 }],
    ["EOM+1M", { kind: "eomMonths", months: 1 }],
    ["ｅｏｍ＋２ｍ", { kind: "eomMonths", months: 2 }],
  ])("%j reads as %j", (text, expected) => {
    expect(parseDueTerms(text)).toEqual(expected);
  });

  test.each([
    ["NET", 4, "0-9"],
    ["net thirty", 5, "0-9"],
    ["2/10 net 30", 2, "<end>"],
    ["EOM+", 5, "0-9"],
    ["EOM+1Y", 6, "<end>"],
    ["NETT30", 1, '"NET" | "EOM" | 0-9'],
    ["due in 30 days", 1, '"NET" | "EOM" | 0-9'],
  ])("%j is refused at position %i, expecting %s", (text, pos, expected) => {
    expect(errorOf(() => parseDueTerms(text)).params).toMatchObject({ pos, expected });
  });
});

describe("discount terms", () => {
  test.each([
    ["2/10 net 30", { discount: 0.02, discountDays: 10, netDays: 30 }],
    ["2/10 n/30", { discount: 0.02, discountDays: 10, netDays: 30 }],
    ["2/10, N30", { discount: 0.02, discountDays: 10, netDays: 30 }],
    ["1.5%/15 NET 45", { discount: 0.015, discountDays: 15, netDays: 45 }],
    ["２／１０　ｎｅｔ３０", { discount: 0.02, discountDays: 10, netDays: 30 }],
  ])("%j reads as %j", (text, expected) => {
    expect(parseDiscountTerms(text)).toEqual(expected);
  });

  test.each([
    ["2/10", 5, '"NET" | "N"'],
    ["2 10 net 30", 3, '"/"'],
    ["2/10 net 30 days", 13, "<end>"],
    ["net 30", 1, "0-9"],
  ])("%j is refused at position %i, expecting %s", (text, pos, expected) => {
    expect(errorOf(() => parseDiscountTerms(text)).params).toMatchObject({ pos, expected });
  });

  test.each([
    ["0/10 net 30", "discountPercent"],
    ["100/10 net 30", "discountPercent"],
    ["2/30 net 30", "discountPeriod"],
    ["2/40 net 30", "discountPeriod"],
  ])("%j is out of range (%s, #NUM!)", (text, code) => {
    const e = errorOf(() => parseDiscountTerms(text));
    expect([e.code, e.kind]).toEqual([code, "num"]);
  });
});
