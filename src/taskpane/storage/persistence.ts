/**
 * Keeping the ledger: ask the browser to make the add-in's storage persistent (not evicted under
 * storage pressure), report usage against the quota, and recognise a quota failure so the pane can
 * say so and keep what the user typed (the form is not cleared when a write fails).
 */
export type PersistenceState = "persistent" | "best-effort" | "unsupported";

interface StorageManagerLike {
  persist?: () => Promise<boolean>;
  persisted?: () => Promise<boolean>;
  estimate?: () => Promise<{ usage?: number; quota?: number }>;
}

function storageManager(): StorageManagerLike | undefined {
  return (globalThis as { navigator?: { storage?: StorageManagerLike } }).navigator?.storage;
}

/** Ask once at start; browsers may grant silently, prompt, or refuse (then storage is best-effort). */
export async function requestPersistence(storage: StorageManagerLike | undefined = storageManager()): Promise<PersistenceState> {
  if (!storage?.persist) return "unsupported";
  try {
    if (storage.persisted && (await storage.persisted())) return "persistent";
    return (await storage.persist()) ? "persistent" : "best-effort";
  } catch {
    return "best-effort";
  }
}

export interface StorageUse {
  usage: number;
  quota: number;
  share: number; // 0..1
  nearlyFull: boolean; // above 90 % of the quota
}

export async function storageUse(storage: StorageManagerLike | undefined = storageManager()): Promise<StorageUse | undefined> {
  if (!storage?.estimate) return undefined;
  try {
    const { usage = 0, quota = 0 } = await storage.estimate();
    const share = quota > 0 ? usage / quota : 0;
    return { usage, quota, share, nearlyFull: share > 0.9 };
  } catch {
    return undefined;
  }
}

/** A write refused for lack of space: the DOMException, or Dexie's wrapper of it (inner). */
export function isQuotaError(e: unknown): boolean {
  for (let cur: unknown = e, depth = 0; cur && depth < 5; depth++) {
    const name = (cur as { name?: string }).name;
    if (name === "QuotaExceededError" || name === "NS_ERROR_DOM_QUOTA_REACHED") return true;
    cur = (cur as { inner?: unknown }).inner ?? (cur as { cause?: unknown }).cause;
  }
  return false;
}

export const STORAGE_MESSAGES = {
  en: {
    notPersistent: "Your browser may clear the ledger when space runs low. Save a backup or a workbook snapshot regularly.",
    quota: "The ledger is full: the browser refused to store more. Nothing you typed was lost; free some space or save a backup, then try again.",
    nearlyFull: "Storage is almost full ({used} of {quota}).",
  },
  zh: {
    notPersistent: "浏览器在空间不足时可能清除台账。请定期保存备份或工作簿快照。",
    quota: "存储空间已满，浏览器拒绝写入。您输入的内容没有丢失；请释放空间或先保存备份后重试。",
    nearlyFull: "存储空间即将用尽（已用 {used}，共 {quota}）。",
  },
} as const;

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(1)} GB`;
}
