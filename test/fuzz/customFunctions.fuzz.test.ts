import fc from "fast-check";
import { catalogFunctions } from "../../src/calc/catalogFunctions";
import type { FunctionMetadata } from "../../src/calc/metadata";
import { ensureCustomFunctionsRuntime } from "../../src/functions/runtime";
import { anyCell, anyGrid } from "./excelArbitraries";

/**
 * Every AR function, fuzzed with what Excel can pass (see excelArbitraries.ts). The functions are
 * enumerated from the same generated metadata Excel gets (src/calc/metadata.ts), paired with what
 * src/functions/catalog.ts exports, so a function added later is fuzzed without touching this file;
 * a range parameter gets grids, a scalar one single cells, an optional one sometimes nothing.
 *
 * The contract: a function returns a value or throws a CustomFunctions.Error — never anything else,
 * and never an "Internal error" (what excel() makes of an exception it did not expect: a bug dressed
 * as #VALUE!). A value is never undefined, NaN or ±Infinity, in any cell of a spill; a spill is a
 * non-empty rectangle; a scalar result has the type the metadata declares. Streaming functions get a
 * fake invocation and every result they stream is held to the same rules.
 */
ensureCustomFunctionsRuntime();

type Fn = (...args: unknown[]) => unknown;

/**
 * Counterexamples the fuzzer once found: inputs whose true result overflows a double (a subnormal
 * denominator, compounding over a huge year). Each must answer #NUM!, not Infinity or NaN.
 */
const OVERFLOW_CASES: Record<string, readonly unknown[]> = {
  DSO: [1, 5e-324, 12],
  BPDSO: [1, 5e-324, 1],
  ADD: [1, 0, 5e-324, 1],
  CEI: [0, 1, 0, 0, 5e-324],
  ZSCORE: [0, 0, 0, 8.881784197001252e-16, 0, 5e-324, 5e-324, undefined],
  DISCOUNTRATE: ["1/15 net 45", 2118683.564130142, 1],
};

const RUNS = Number(process.env.FUZZ_RUNS ?? 300);
const STREAM_RUNS = Math.max(20, Math.floor(RUNS / 6));

const { functions } = catalogFunctions();

function argumentArbitrary(meta: FunctionMetadata): fc.Arbitrary<unknown[]> {
  const params = meta.parameters.map((p) => {
    const value = p.dimensionality === "matrix" ? anyGrid : anyCell;
    const one = p.repeating ? fc.array(value, { maxLength: 3 }) : value;
    // Excel passes an omitted optional argument as null (undefined from some hosts).
    return p.optional ? fc.oneof({ weight: 1, arbitrary: fc.constantFrom(undefined, null) }, { weight: 3, arbitrary: one }) : one;
  });
  return fc.tuple(...params);
}

/** What is wrong with a value a function returned (or streamed), if anything. */
function problemWithValue(value: unknown, meta: FunctionMetadata): string | undefined {
  if (value instanceof CustomFunctions.Error) return problemWithError(value);
  const declared = meta.result?.dimensionality === "matrix" ? "matrix" : meta.result?.type;
  if (declared === "matrix") {
    if (!Array.isArray(value) || value.length === 0) return `a spill must be a non-empty 2-D array, got ${show(value)}`;
    const width = Array.isArray(value[0]) ? value[0].length : -1;
    for (let r = 0; r < value.length; r++) {
      const row = value[r];
      if (!Array.isArray(row) || row.length !== width || width === 0) return `spill row ${r + 1} is not an array of ${width} cells: ${show(row)}`;
      for (let c = 0; c < row.length; c++) {
        const problem = problemWithCell(row[c]);
        if (problem) return `spill cell (${r + 1}, ${c + 1}): ${problem}`;
      }
    }
    return undefined;
  }
  const problem = problemWithCell(value);
  if (problem) return problem;
  if (declared && typeof value !== declared) return `declared ${declared} but returned ${show(value)}`;
  return undefined;
}

function problemWithCell(v: unknown): string | undefined {
  if (v === undefined) return "undefined";
  if (typeof v === "number" && !Number.isFinite(v)) return String(v);
  if (v instanceof CustomFunctions.Error) return problemWithError(v);
  if (Array.isArray(v)) return `a nested array ${show(v)}`;
  if (v !== null && typeof v === "object") return `an object ${show(v)}`;
  return undefined;
}

function problemWithError(e: CustomFunctions.Error): string | undefined {
  return e.message?.startsWith("Internal error") || e.message?.startsWith("内部错误") ? `an internal error (a bug answered as ${e.code}): ${e.message}` : undefined;
}

function problemWithThrown(e: unknown): string | undefined {
  if (e instanceof CustomFunctions.Error) return problemWithError(e);
  return `threw ${e instanceof Error ? `${e.name}: ${e.message}` : show(e)}, not a CustomFunctions.Error`;
}

function show(v: unknown): string {
  try {
    const text = JSON.stringify(v, (_k, x) => (typeof x === "number" && !Number.isFinite(x) ? String(x) : x === undefined ? "undefined" : x));
    return text === undefined ? String(v) : text.length > 200 ? text.slice(0, 200) + "…" : text;
  } catch {
    return String(v);
  }
}

/** A stand-in for Excel's streaming invocation that records every result. */
function fakeInvocation() {
  const results: unknown[] = [];
  const invocation = {
    address: "Sheet1!A1",
    functionName: "AR.FUZZ",
    isInValuePreview: false,
    onCanceled: undefined as (() => void) | undefined,
    setResult: (v: unknown) => void results.push(v),
  };
  return { invocation, results };
}

async function firstResults(results: unknown[], ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (results.length === 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 5));
  await new Promise((r) => setTimeout(r, 10)); // a second result right after the first is checked too
}

describe("every AR function survives what Excel can pass", () => {
  let consoleError: jest.SpyInstance;
  beforeAll(() => {
    // toExcelError logs an unexpected exception before answering "Internal error"; the checks
    // above catch that answer, so the log is only noise here.
    consoleError = jest.spyOn(console, "error").mockImplementation(() => undefined);
  });
  afterAll(() => consoleError.mockRestore());

  it("finds the catalog's functions in the generated metadata", () => {
    expect(functions.length).toBeGreaterThan(20);
    expect(functions.map((f) => f.metadata.id)).toEqual(expect.arrayContaining(["AGING", "AGEDAYS", "BUCKET"]));
  });

  const plain = functions.filter((f) => !f.metadata.options?.stream);
  const streaming = functions.filter((f) => f.metadata.options?.stream);

  it.each(plain.map((f) => [f.metadata.id, f] as const))("AR.%s returns a value or a CustomFunctions.Error", (_id, f) => {
    const fn = f.implementation as Fn;
    fc.assert(
      fc.property(argumentArbitrary(f.metadata), (args) => {
        let value: unknown;
        try {
          value = fn(...args);
        } catch (e) {
          const problem = problemWithThrown(e);
          if (problem) throw new Error(problem, { cause: e });
          return;
        }
        if (value instanceof Promise) throw new Error("returned a promise; the metadata does not say the function is asynchronous");
        const problem = problemWithValue(value, f.metadata);
        if (problem) throw new Error(`returned ${problem}`);
      }),
      { numRuns: RUNS },
    );
  });

  it.each(Object.entries(OVERFLOW_CASES))("AR.%s answers #NUM! where the true result overflows", (id, args) => {
    const f = functions.find((x) => x.metadata.id === id)!;
    let thrown: unknown;
    try {
      (f.implementation as Fn)(...args);
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(CustomFunctions.Error);
    expect((thrown as CustomFunctions.Error).code).toBe("#NUM!");
  });

  if (streaming.length > 0) {
    it.each(streaming.map((f) => [f.metadata.id, f] as const))("AR.%s (streaming) streams values or CustomFunctions.Errors", async (_id, f) => {
      const fn = f.implementation as Fn;
      await fc.assert(
        fc.asyncProperty(argumentArbitrary(f.metadata), async (args) => {
          const { invocation, results } = fakeInvocation();
          try {
            fn(...args, invocation);
          } catch (e) {
            const problem = problemWithThrown(e);
            if (problem) throw new Error(problem, { cause: e });
            return;
          }
          await firstResults(results, 2000);
          invocation.onCanceled?.();
          if (results.length === 0) throw new Error("streamed nothing within 2 s");
          for (const value of results) {
            const problem = problemWithValue(value, f.metadata);
            if (problem) throw new Error(`streamed ${problem}`);
          }
        }),
        { numRuns: STREAM_RUNS },
      );
    }, 120_000);
  }
});
