import fc from "fast-check";
import {
  daysInMonth,
  edate,
  eomonth,
  isLeapYear,
  isoFromSerial,
  isoWeekday,
  isValidYmd,
  MAX_DAY,
  MIN_DAY,
  serialFromIso,
  serialFromIsoDateTime,
  serialFromYmd,
  ymdFromSerial,
} from "../../src/core/dates";

// Known Excel serials (1900 date system): Excel shows these dates for these numbers.
const KNOWN: [number, string][] = [
  [1, "1900-01-01"],
  [31, "1900-01-31"],
  [59, "1900-02-28"],
  [60, "1900-02-29"], // Lotus' fictitious leap day, kept by Excel
  [61, "1900-03-01"],
  [366, "1900-12-31"],
  [367, "1901-01-01"],
  [36526, "2000-01-01"],
  [36585, "2000-02-29"], // 2000 is a leap year (divisible by 400)
  [43831, "2020-01-01"],
  [45292, "2024-01-01"],
  [45351, "2024-02-29"],
  [45657, "2024-12-31"],
  [73050, "2099-12-31"], // 36526 + 100 × 365 + 25 leap days − 1
  [2958465, "9999-12-31"],
];

describe("serials and calendar dates", () => {
  it.each(KNOWN)("serial %i is %s", (serial, iso) => {
    expect(isoFromSerial(serial)).toBe(iso);
    expect(serialFromIso(iso)).toBe(serial);
    const [y, m, d] = iso.split("-").map(Number);
    expect(serialFromYmd(y, m, d)).toBe(serial);
    expect(ymdFromSerial(serial)).toEqual({ year: y, month: m, day: d });
  });

  it("spans 1900-01-01 to 9999-12-31", () => {
    expect([MIN_DAY, MAX_DAY]).toEqual([1, 2958465]);
  });

  it("round-trips every serial of the range through year-month-day and ISO text", () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_DAY, max: MAX_DAY }), (serial) => {
        const { year, month, day } = ymdFromSerial(serial);
        expect(isValidYmd(year, month, day)).toBe(true);
        expect(serialFromYmd(year, month, day)).toBe(serial);
        expect(serialFromIso(isoFromSerial(serial))).toBe(serial);
      }),
      { numRuns: 2000 },
    );
  });

  it("makes consecutive serials consecutive days", () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_DAY, max: MAX_DAY - 1 }), (serial) => {
        const a = ymdFromSerial(serial);
        const b = ymdFromSerial(serial + 1);
        const nextDay = a.day < daysInMonth(a.year, a.month)
          ? { ...a, day: a.day + 1 }
          : a.month < 12 ? { year: a.year, month: a.month + 1, day: 1 } : { year: a.year + 1, month: 1, day: 1 };
        expect(b).toEqual(nextDay);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("leap years and month lengths (Gregorian, plus Excel's 1900)", () => {
  it.each([
    [1900, true], [1904, true], [2000, true], [2023, false], [2024, true], [2100, false], [2400, true],
  ])("%i leap: %s", (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
    expect(daysInMonth(year, 2)).toBe(leap ? 29 : 28);
  });

  it("gives the months their lengths", () => {
    expect([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m))).toEqual([31, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]);
  });
});

describe("ISO text", () => {
  it.each([
    ["2024-01-31", 45322],
    [" 2024-1-5 ", 45296],
    ["2024-02-29", 45351],
  ])("reads %j as %i", (text, serial) => expect(serialFromIso(text)).toBe(serial));

  it.each(["2023-02-29", "2024-13-01", "2024-00-10", "2024-04-31", "31/01/2024", "next week", "2024-01-31T00:00", "1899-12-31", "10000-01-01", ""])(
    "refuses %j",
    (text) => expect(serialFromIso(text)).toBeUndefined(),
  );
});

describe("ISO date-and-time text (as systems export a date)", () => {
  it.each([
    ["2026-11-27 10:30", 46353],
    ["2026-11-27T00:00:00", 46353],
    ["2026-11-27T23:59:59.5", 46353],
    ["1900-03-01 12:00", 61],
  ])("reads %j as the day %i", (text, serial) => expect(serialFromIsoDateTime(text)).toBe(serial));

  it.each(["2026-11-27", "2026-11-27T10:30Z", "2026-11-27 10:30 +08:00", "2026-11-27 25:00", "2026-11-27 10:61", "2026-11-27 10:30:60", "2026-13-01 10:00"])(
    "does not read %j (a date alone is serialFromIso's; zones and impossible times are refused)",
    (text) => expect(serialFromIsoDateTime(text)).toBeUndefined(),
  );

  it("leaves serialFromIso, which the store uses to check its dates, reading dates alone", () => {
    expect(serialFromIso("2026-11-27 10:30")).toBeUndefined();
  });
});

describe("EDATE and EOMONTH (Excel's month arithmetic)", () => {
  const s = (iso: string) => serialFromIso(iso)!;
  it.each([
    ["2024-01-31", 1, "2024-02-29"], // clamped to the end of a leap February
    ["2023-01-31", 1, "2023-02-28"],
    ["2024-03-31", -1, "2024-02-29"],
    ["2024-01-15", 12, "2025-01-15"],
    ["2024-05-31", 1, "2024-06-30"],
    ["2024-12-31", 2, "2025-02-28"],
    ["2025-03-10", -15, "2023-12-10"],
    ["2024-02-29", 0, "2024-02-29"],
  ])("EDATE(%s, %i) = %s", (start, months, expected) => expect(isoFromSerial(edate(s(start), months))).toBe(expected));

  it.each([
    ["2024-01-15", 0, "2024-01-31"],
    ["2024-01-15", 1, "2024-02-29"],
    ["2023-01-15", 1, "2023-02-28"],
    ["2024-03-31", -1, "2024-02-29"],
    ["2024-11-30", 2, "2025-01-31"],
    ["2024-06-01", -6, "2023-12-31"],
  ])("EOMONTH(%s, %i) = %s", (start, months, expected) => expect(isoFromSerial(eomonth(s(start), months))).toBe(expected));

  // Dates of 1901..9998 so that ±12 months stay inside the serial range.
  const inner = fc.integer({ min: serialFromYmd(1901, 1, 1), max: serialFromYmd(9998, 12, 31) });

  it("EDATE back by the same months returns the start when its day exists in both months", () => {
    fc.assert(
      fc.property(inner, fc.integer({ min: -12, max: 12 }), (serial, months) => {
        const there = edate(serial, months);
        const { day } = ymdFromSerial(serial);
        if (day <= 28) expect(edate(there, -months)).toBe(serial);
        else expect(edate(there, -months)).toBeLessThanOrEqual(serial); // clamped on the way, never later
      }),
    );
  });

  it("EDATE lands in the target month on the same day or that month's last day", () => {
    fc.assert(
      fc.property(inner, fc.integer({ min: -12, max: 12 }), (serial, months) => {
        const a = ymdFromSerial(serial);
        const b = ymdFromSerial(edate(serial, months));
        expect((b.year - a.year) * 12 + (b.month - a.month)).toBe(months);
        expect(b.day).toBe(Math.min(a.day, daysInMonth(b.year, b.month)));
      }),
    );
  });

  it("EOMONTH is the last day of the target month and the day after it is the 1st", () => {
    fc.assert(
      fc.property(inner, fc.integer({ min: -12, max: 12 }), (serial, months) => {
        const end = eomonth(serial, months);
        expect(ymdFromSerial(end + 1).day).toBe(1);
        expect(eomonth(end, 0)).toBe(end);
      }),
    );
  });
});

describe("ISO weekday, as Excel's WEEKDAY(serial, 2)", () => {
  it.each([
    [45292, 1], // 2024-01-01, a Monday
    [45297, 6], // 2024-01-06, a Saturday
    [45298, 7], // 2024-01-07, a Sunday
    [61, 4], // 1900-03-01, a Thursday
    [1, 7], // Excel counts 1900-01-01 as a Sunday (its calendar is off by one before March 1900)
  ])("serial %i → %i", (serial, weekday) => expect(isoWeekday(serial)).toBe(weekday));

  it("advances by one each day", () => {
    fc.assert(fc.property(fc.integer({ min: MIN_DAY, max: MAX_DAY - 1 }), (d) => expect(isoWeekday(d + 1)).toBe((isoWeekday(d) % 7) + 1)));
  });
});
