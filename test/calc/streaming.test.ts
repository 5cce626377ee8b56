import { registerArFunctions, type RegisteredFunction } from "../../src/calc/arPlugin";
import { calculateSheet, calculateWorkbookAsync } from "../../src/calc/engine";
import type { FunctionMetadata } from "../../src/calc/metadata";
import { ensureCustomFunctionsRuntime } from "../../src/functions/runtime";

// Streaming functions of the shape custom-functions-metadata generates for `@streaming`
// (the invocation parameter is not in the metadata; Excel appends it to the call).
type Invocation = CustomFunctions.StreamingInvocation<unknown>;
const meta = (id: string, params: string[], matrix = false): FunctionMetadata => ({
  id,
  name: id,
  parameters: params.map((name) => ({ name, type: "any" })),
  result: matrix ? { dimensionality: "matrix" } : { type: "number" },
  options: { stream: true },
});

const cancelled: string[] = [];
const later = (ms: number, run: () => void) => setTimeout(run, ms);

const STREAMS: RegisteredFunction[] = [
  // Answers during the call, as a function whose data is already at hand.
  { metadata: meta("TNOW", ["x"]), implementation: (x, inv) => (inv as unknown as Invocation).setResult((x as number) * 2) },
  // Answers later, then again (a live update), and records its cancellation.
  {
    metadata: meta("TLATER", ["x"]),
    implementation: (x, inv) => {
      const invocation = inv as unknown as Invocation;
      later(5, () => invocation.setResult((x as number) + 1));
      invocation.onCanceled = () => cancelled.push(`TLATER(${x})`);
    },
  },
  // Never answers.
  { metadata: meta("TNEVER", []), implementation: () => undefined },
  // Answers later with a table that spills.
  {
    metadata: meta("TTABLE", ["n"], true),
    implementation: (n, inv) => later(5, () => (inv as unknown as Invocation).setResult(Array.from({ length: n as number }, (_, i) => [i + 1, `row ${i + 1}`]))),
  },
  // Answers with an error.
  {
    metadata: meta("TFAIL", []),
    implementation: (inv) => (inv as unknown as Invocation).setResult(new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, "no such contract")),
  },
];

beforeAll(() => {
  ensureCustomFunctionsRuntime();
  registerArFunctions(STREAMS);
});

describe("streaming functions in the harness", () => {
  it("shows a value streamed during the call at once", () => {
    expect(calculateSheet([[21, "=AR.TNOW(A1)"]])).toEqual({ B1: 42 });
  });

  it("shows #BUSY! for a call that has not answered, in the synchronous calculation", () => {
    expect(calculateSheet([[1, "=AR.TLATER(A1)", "=AR.TNEVER()"]])).toEqual({ B1: "#BUSY!", C1: "#BUSY!" });
  });

  it("waits for first results in the async calculation, spills streamed tables and uses them in other formulas", async () => {
    const results = await calculateWorkbookAsync([
      { name: "Sheet1", rows: [[1, "=AR.TLATER(A1)", "=B1*10", "=AR.TTABLE(2)"], [], ["=AR.TFAIL()", "=AR.TNEVER()", "=INDEX(D1:E2,2,2)"]] },
    ], { timeoutMs: 200 });
    expect(results).toEqual({
      B1: { value: 2 },
      C1: { value: 20 },
      D1: { value: [[1, "row 1"], [2, "row 2"]] },
      A3: { value: "#N/A", message: "no such contract" },
      B3: { value: "#BUSY!", message: expect.any(String) },
      C3: { value: "row 2" },
    });
  });

  it("cancels every call when the calculation ends, so no subscription outlives it", async () => {
    cancelled.length = 0;
    await calculateWorkbookAsync([{ name: "S", rows: [[7, "=AR.TLATER(A1)"]] }], { timeoutMs: 200 });
    expect(cancelled).toEqual(["TLATER(7)"]);
  });
});
