import {
  ArraySize,
  CellError,
  ErrorType,
  FunctionArgumentType,
  type FunctionMetadata as HfFunctionMetadata,
  FunctionPlugin,
  HyperFormula,
  type ImplementedFunctions,
  SimpleRangeValue,
} from "hyperformula";
import { a1 } from "./a1";
import { errorFromThrown, type ExcelArgument, matrixArgument, resultValue, scalarArgument } from "./excelValues";
import type { FunctionMetadata } from "./metadata";
import { activeSpillSizes, callKey } from "./spillSizes";
import { activeStreams, BUSY_MESSAGE } from "./streams";

/**
 * The AR functions as one HyperFormula function plugin, built from the generated metadata: names
 * `AR.<NAME>` (HyperFormula's function-name token allows dots), one argument per metadata
 * parameter, optional ones optional, matrix parameters taking ranges, matrix results spilling.
 */

export const NAMESPACE = "AR";

type Implementation = (...args: ExcelArgument[]) => unknown;
type Address = { sheet: number; row: number; col: number };
interface Call {
  readonly args: unknown[];
}
interface State {
  readonly formulaAddress: Address;
}
interface PluginInternals {
  runFunction(args: unknown[], state: State, metadata: HfFunctionMetadata, fn: (...args: unknown[]) => unknown): unknown;
  metadata(name: string): HfFunctionMetadata;
}

export interface RegisteredFunction {
  readonly metadata: FunctionMetadata;
  readonly implementation: Implementation;
}

function isMatrix(dimensionality: string | undefined): boolean {
  return dimensionality === "matrix";
}

function hfParameters(meta: FunctionMetadata): HfFunctionMetadata["parameters"] {
  return meta.parameters.map((p) => ({
    // SCALAR lets an error through to us (so we answer with it, as Excel does) and lets
    // HyperFormula lift a range passed to a scalar parameter, as Excel's dynamic arrays do.
    argumentType: isMatrix(p.dimensionality) ? FunctionArgumentType.ANY : FunctionArgumentType.SCALAR,
    optionalArg: p.optional === true || p.repeating === true,
  }));
}

/** The invocation Excel appends to every call (address, name; setResult for streaming functions). */
function invocationFor(meta: FunctionMetadata, args: ExcelArgument[], address: Address, ast: Call) {
  const where = `Sheet${address.sheet + 1}!${a1(address.row, address.col)}`;
  const functionName = `${NAMESPACE}.${meta.name}`;
  const streams = activeStreams();
  if (!meta.options?.stream || !streams) return { invocation: { address: where, functionName } };
  const key = `${callKey(address, ast)}|${JSON.stringify(args)}`;
  // A call started in an earlier pass is not started again: its latest value, or still waiting.
  if (streams.started(key)) return { streamed: streams.latest(key) };
  return { invocation: streams.open(key, where, functionName), key };
}

/** Call one custom function the way Excel does: convert arguments, run, convert the result. */
function invoke(fn: Implementation, meta: FunctionMetadata, raw: unknown[], address: Address, ast: Call, key: string | undefined): unknown {
  const args: ExcelArgument[] = [];
  for (let i = 0; i < raw.length; i++) {
    const param = meta.parameters[Math.min(i, meta.parameters.length - 1)];
    const arg = isMatrix(param.dimensionality) ? matrixArgument(raw[i]) : scalarArgument(raw[i]);
    if (arg instanceof CellError) return arg;
    args.push(arg);
  }
  // Excel passes null for every omitted optional argument, up to the declared count.
  while (args.length < meta.parameters.length) args.push(null);
  const call = invocationFor(meta, args, address, ast);
  let result: unknown;
  if ("streamed" in call) {
    if (!call.streamed) return new CellError(ErrorType.NA, BUSY_MESSAGE);
    result = call.streamed.value;
  } else {
    try {
      result = fn(...args, call.invocation as unknown as ExcelArgument);
    } catch (e) {
      return errorFromThrown(e);
    }
    if (meta.options?.stream) {
      const first = call.key === undefined ? undefined : activeStreams()?.latest(call.key);
      if (!first) return new CellError(ErrorType.NA, BUSY_MESSAGE);
      result = first.value;
    }
  }
  if (result instanceof Promise) return new CellError(ErrorType.VALUE, "Async functions are not supported by the calc harness");
  const value = resultValue(result);
  if (key !== undefined) {
    const [width, height] = value instanceof SimpleRangeValue ? [value.width(), value.height()] : [1, 1];
    activeSpillSizes()?.record(key, width, height);
  }
  return value;
}

/** A HyperFormula plugin class with every given function, to register once per process. */
export function buildArPlugin(functions: readonly RegisteredFunction[]) {
  class ArFunctionsPlugin extends FunctionPlugin {
    static override implementedFunctions: ImplementedFunctions = {};
  }
  const proto = ArFunctionsPlugin.prototype as unknown as Record<string, unknown>;
  for (const { metadata: meta, implementation } of functions) {
    const name = `${NAMESPACE}.${meta.name}`;
    const method = `ar_${meta.id}`;
    const spills = isMatrix(meta.result?.dimensionality);
    const last = meta.parameters[meta.parameters.length - 1];
    ArFunctionsPlugin.implementedFunctions[name] = {
      method,
      parameters: hfParameters(meta),
      ...(last?.repeating ? { repeatLastArgs: 1 } : {}),
      ...(spills ? { sizeOfResultArrayMethod: `${method}_size`, vectorizationForbidden: true } : {}),
    };
    proto[method] = function (this: PluginInternals, ast: Call, state: State) {
      const key = spills ? callKey(state.formulaAddress, ast) : undefined;
      return this.runFunction(ast.args, state, this.metadata(name), (...raw) =>
        invoke(implementation, meta, raw, state.formulaAddress, ast, key),
      );
    };
    if (spills) {
      proto[`${method}_size`] = (ast: Call, state: State) =>
        activeSpillSizes()?.predict(callKey(state.formulaAddress, ast)) ?? ArraySize.scalar();
    }
  }
  return ArFunctionsPlugin;
}

/** Register the AR functions with HyperFormula under their dotted names (English function names). */
export function registerArFunctions(functions: readonly RegisteredFunction[]): void {
  const plugin = buildArPlugin(functions);
  const names = Object.fromEntries(Object.keys(plugin.implementedFunctions).map((n) => [n, n]));
  HyperFormula.registerFunctionPlugin(plugin, { enGB: names });
}
