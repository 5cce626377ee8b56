import { constants } from "node:fs";
import { access } from "node:fs/promises";
import { calculateWorkbook, valuesOf } from "./engine";
import { readWorkbookFile } from "./workbookFile";

/**
 * `npm run calc -- FILE [--messages]`: recalculate a .csv or .xlsx workbook with the AR functions
 * and print one JSON object mapping each formula cell (A1, with "Sheet!" when there are several
 * sheets) to its value; with --messages, to { value, message } so error messages show.
 * Exit codes: 0 done, 1 the file cannot be read or calculated, 2 usage.
 *
 * CSV cells are typed as in csv.ts: `=…` formulas, plain numbers, TRUE/FALSE, error literals; a
 * date such as 2024-01-31 stays ISO text (AR functions accept it; built-ins like YEAR() see text).
 * In .xlsx, date cells are serials and formula cells are recalculated, never read from the cache.
 */
async function main(argv: string[]): Promise<number> {
  const withMessages = argv.includes("--messages");
  const files = argv.filter((a) => !a.startsWith("--"));
  if (files.length !== 1) {
    process.stderr.write("Usage: npm run calc -- FILE.csv|FILE.xlsx [--messages]\n");
    return 2;
  }
  const [file] = files;
  try {
    await access(file, constants.R_OK);
  } catch {
    process.stderr.write(`calc: cannot read ${file}: no such file or not readable\n`);
    return 1;
  }
  try {
    const results = calculateWorkbook(await readWorkbookFile(file));
    process.stdout.write(JSON.stringify(withMessages ? results : valuesOf(results), null, 2) + "\n");
    return 0;
  } catch (e) {
    process.stderr.write(`calc: ${file}: ${e instanceof Error ? e.message : String(e)}\n`);
    return 1;
  }
}

main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
