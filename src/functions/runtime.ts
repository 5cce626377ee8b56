/**
 * The custom-functions runtime as the adapters see it. Inside Excel, office.js provides
 * `CustomFunctions`; in a plain browser, in Node (the calc harness, tests) or when office.js failed
 * to load, a stand-in with the same shape is installed so the page still runs and the AR functions
 * stay callable. Every `associate` call is recorded, which tells the page and its tests which
 * functions are registered.
 */

export interface RuntimeError {
  readonly code: string;
  readonly message?: string;
}

const ErrorCodes = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

class StandInError extends Error implements RuntimeError {
  readonly code: string;
  constructor(code: string, message?: string) {
    super(message ?? code);
    this.code = code;
  }
}

export interface Registration {
  readonly registered: string[];
  /** Milliseconds from navigation start to the last registration (browser only). */
  readyAt?: number;
  readonly officeRuntime: boolean;
}

type Global = typeof globalThis & {
  CustomFunctions?: typeof CustomFunctions;
  __huikuanFunctions?: Registration;
};

/** Make sure `CustomFunctions` exists and record every registration. Safe to call many times. */
export function ensureCustomFunctionsRuntime(): Registration {
  const g = globalThis as Global;
  if (g.__huikuanFunctions) return g.__huikuanFunctions;
  const officeRuntime = typeof g.CustomFunctions?.associate === "function";
  const registration: Registration = { registered: [], officeRuntime };
  if (!officeRuntime) {
    g.CustomFunctions = {
      associate: () => undefined,
      Error: StandInError,
      ErrorCode: ErrorCodes,
    } as unknown as typeof CustomFunctions;
  }
  const realAssociate = g.CustomFunctions!.associate.bind(g.CustomFunctions);
  g.CustomFunctions!.associate = ((id: string, fn: (...args: unknown[]) => unknown) => {
    try {
      realAssociate(id, fn);
    } catch (e) {
      // A failed registration must not stop the rest of the catalog from registering.
      console.error(`AR.${id} could not be registered`, e);
      return;
    }
    registration.registered.push(id);
    if (typeof performance !== "undefined") registration.readyAt = performance.now();
  }) as typeof CustomFunctions.associate;
  g.__huikuanFunctions = registration;
  return registration;
}

/** The language of error messages: Office's display language, else the browser's, else English. */
export function messageLanguage(): "en" | "zh" {
  const g = globalThis as typeof globalThis & { Office?: { context?: { displayLanguage?: string } }; navigator?: { language?: string } };
  let lang: string | undefined;
  try {
    lang = g.Office?.context?.displayLanguage;
  } catch {
    lang = undefined; // Office.context throws before Office is initialised
  }
  lang ??= g.navigator?.language;
  return lang?.toLowerCase().startsWith("zh") ? "zh" : "en";
}
