import fc from "fast-check";
import { eomonth, serialFromYmd } from "../../src/core/dates";
import { dueDateFromText } from "../../src/core/dueDate";
import { ArInputError } from "../../src/core/errors";

const day = serialFromYmd;

describe("due dates", () => {
  test.each([
    // invoice, terms, due — worked by hand
    [day(2024, 1, 15), "NET30", day(2024, 2, 14)], // 16 days left in January + 14
    [day(2024, 1, 15), "30", day(2024, 2, 14)],
    [day(2024, 1, 15), "net 0", day(2024, 1, 15)],
    [day(2024, 1, 15), "EOM", day(2024, 1, 31)],
    [day(2024, 1, 15), "EOM+30", day(2024, 3, 1)], // 2024-01-31 + 29 (Feb) = 02-29, + 1 = 03-01
    [day(2023, 1, 15), "EOM+30", day(2023, 3, 2)], // 2023 February has 28 days
    [day(2024, 1, 15), "EOM+1M", day(2024, 2, 29)],
    [day(2024, 12, 10), "eom+2m", day(2025, 2, 28)],
    [day(2024, 1, 31), "EOM+0M", day(2024, 1, 31)],
  ])("invoice %i under %j is due %i", (invoice, terms, due) => {
    expect(dueDateFromText(invoice, terms)).toBe(due);
  });

  test("a due date beyond 9999-12-31 is #NUM!, not a wrong date", () => {
    let error: unknown;
    try {
      dueDateFromText(day(9999, 12, 1), "NET31");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ArInputError);
    expect((error as ArInputError).kind).toBe("num");
  });

  test("a due date never precedes the invoice date", () => {
    const invoice = fc.integer({ min: day(1900, 3, 1), max: day(9000, 12, 31) });
    const terms = fc.oneof(
      fc.integer({ min: 0, max: 365 }).map((n) => `NET${n}`),
      fc.integer({ min: 0, max: 365 }).map((n) => `EOM+${n}`),
      fc.integer({ min: 0, max: 60 }).map((n) => `EOM+${n}M`),
    );
    fc.assert(fc.property(invoice, terms, (inv, t) => expect(dueDateFromText(inv, t)).toBeGreaterThanOrEqual(inv)));
  });

  test("EOM+nM is EOMONTH(invoice, n)", () => {
    fc.assert(
      fc.property(fc.integer({ min: day(1900, 3, 1), max: day(9000, 12, 31) }), fc.integer({ min: 0, max: 120 }), (inv, n) =>
        expect(dueDateFromText(inv, `EOM+${n}M`)).toBe(eomonth(inv, n)),
      ),
    );
  });
});
