/**
 * What the pane knows about its host, asked of Office.js once at start. Outside Office (a plain
 * browser, office.js blocked or offline) the pane runs with `excel: false`.
 */
export interface HostInfo {
  /** Excel and its JavaScript API are available: workbook actions can run. */
  readonly excel: boolean;
  /** Office's display language such as "zh-CN"; undefined outside Office. */
  readonly displayLanguage?: string;
}

export const NO_HOST: HostInfo = { excel: false };

/** Office.onReady normally answers at once; an office.js that never does must not hold the pane. */
const OFFICE_READY_TIMEOUT_MS = 8000;

type OfficeGlobal = typeof globalThis & { Office?: typeof Office };

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => resolve(undefined), ms);
    promise.then(
      (v) => { clearTimeout(timer); resolve(v); },
      (e) => { clearTimeout(timer); reject(e); },
    );
  });
}

/** Waits for Office when office.js is present; never throws. */
export async function detectHost(timeoutMs = OFFICE_READY_TIMEOUT_MS): Promise<HostInfo> {
  const office = (globalThis as OfficeGlobal).Office;
  if (!office || typeof office.onReady !== "function") return NO_HOST;
  try {
    const info = await withTimeout(office.onReady(), timeoutMs);
    if (!info || info.host !== office.HostType.Excel) return NO_HOST;
    const excel = typeof (globalThis as { Excel?: unknown }).Excel !== "undefined";
    return { excel, displayLanguage: office.context?.displayLanguage };
  } catch (e) {
    console.warn("Office did not start; running without Excel", e);
    return NO_HOST;
  }
}
