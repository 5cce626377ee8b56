import { calc, calcError } from "../support/calc";

// Serials: 2024-01-15 = 45306, 2024-01-31 = 45322, 2024-02-14 = 45336, 2024-02-29 = 45351, 2024-03-01 = 45352.
describe("AR.DUEDATE", () => {
  test.each([
    ['=AR.DUEDATE("2024-01-15", "NET30")', 45336],
    ['=AR.DUEDATE("2024-01-15", "net 30")', 45336],
    ['=AR.DUEDATE("2024-01-15", "N30")', 45336],
    ['=AR.DUEDATE("2024-01-15", 30)', 45336],
    ['=AR.DUEDATE("2024-01-15", "EOM")', 45322],
    ['=AR.DUEDATE("2024-01-15", "EOM+30")', 45352],
    ['=AR.DUEDATE("2024-01-15", "eom+1m")', 45351],
    ["=AR.DUEDATE(A1, B1)", 45351],
  ])("%s is due on serial %i", (formula, due) => {
    expect(calc(formula, [[45306, "EOM + 1M"]])).toBe(due);
  });

  test.each([
    ['=AR.DUEDATE("2024-01-15", "NET thirty")', "#VALUE!", 'terms: cannot read "thirty" at position 5: expected 0-9.'],
    ['=AR.DUEDATE("2024-01-15", "on receipt")', "#VALUE!", 'terms: cannot read "on receipt" at position 1: expected "NET" | "EOM" | 0-9.'],
    ['=AR.DUEDATE("15/01/2024", "NET30")', "#VALUE!", 'invoiceDate must be a date (an Excel date or ISO text YYYY-MM-DD), got "15/01/2024".'],
    ['=AR.DUEDATE("9999-12-31", "NET1")', "#NUM!", "terms: a due date falls outside 1900-01-01 to 9999-12-31."],
  ])("%s → %s", (formula, value, message) => {
    expect(calcError(formula)).toEqual({ value, message });
  });
});
