import { spawnSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
const FIXTURES = join(__dirname, "fixtures");

function runCli(...args: string[]) {
  const run = spawnSync(process.execPath, [join(ROOT, "scripts", "calc.mjs"), ...args], { encoding: "utf-8", cwd: ROOT });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

// Each run starts tsx and loads the catalog: a few seconds on a busy machine.
jest.setTimeout(60_000);

describe("node scripts/calc.mjs FILE (the real CLI, through tsx, no build)", () => {
  it("recalculates fixtures/aging.csv and prints each formula cell's value as JSON", () => {
    // aging.csv, as of 2024-03-31 (serial 45382; 45292 = 2024-01-01, +31 +29 +30 days):
    //   2024-03-31  1000.00   0 days  Current
    //   45383        250.25  -1 day   Current (not yet due)
    //   45381        300.00   1 day   1-30
    //   45352        120.10  30 days  1-30 (upper bound inclusive)
    //   2024-01-31   400.40  60 days  31-60 (ISO text date)
    //   45292         99.99  90 days  61-90
    //   (blank row, skipped)
    //   45291       1000.01  91 days  >90
    // Totals: Current 1250.25, 1-30 420.10, 31-60 400.40, 61-90 99.99, >90 1000.01; sum 3170.75.
    const { code, stdout } = runCli("test/calc/fixtures/aging.csv");
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.D2).toEqual([
      ["Current", "1-30", "31-60", "61-90", ">90"],
      [1250.25, 420.1, 400.4, 99.99, 1000.01],
    ]);
    expect(result.F6).toBeCloseTo(3170.75, 9); // SUM over the spill
    expect(result.F7).toBeCloseTo(3170.75, 9); // SUM of the amounts: the buckets add up
    expect(result.F8).toBe(420.1); // =E3, a spilled cell
    expect(result.F9).toBe(">90"); // INDEX into the spill
  });

  it("answers #VALUE! for a due date that is text but not a date, with the message on request", () => {
    const { code, stdout } = runCli(join(FIXTURES, "bad-dates.csv"), "--messages");
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.D2.value).toBe("#VALUE!");
    expect(result.D2.message).toContain('"next week"');
    expect(result.D4.value).toBe("#VALUE!");
    expect(result.D4.message).toContain('"31/01/2024"');
  });

  it("exits nonzero with a clear message for a missing file", () => {
    const { code, stdout, stderr } = runCli("test/calc/fixtures/no-such-file.csv");
    expect(code).toBe(1);
    expect(stdout).toBe("");
    expect(stderr).toContain("cannot read test/calc/fixtures/no-such-file.csv");
  });

  it("exits nonzero for a file type it cannot read and for a missing argument", () => {
    expect(runCli("package.json")).toMatchObject({ code: 1, stderr: expect.stringContaining("use .csv or .xlsx") });
    expect(runCli().code).toBe(2);
  });
});
