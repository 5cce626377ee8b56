import Dexie from "dexie";
import { formatBytes, isQuotaError, requestPersistence, storageUse } from "../../src/taskpane/storage/persistence";

describe("storage persistence and quota", () => {
  test("persistence is granted, refused, already granted or unsupported", async () => {
    expect(await requestPersistence({ persisted: async () => false, persist: async () => true })).toBe("persistent");
    expect(await requestPersistence({ persisted: async () => false, persist: async () => false })).toBe("best-effort");
    expect(await requestPersistence({ persisted: async () => true, persist: async () => { throw new Error("not asked"); } })).toBe("persistent");
    expect(await requestPersistence({})).toBe("unsupported");
    expect(await requestPersistence(undefined)).toBe("unsupported");
  });

  test("usage is reported against the quota and flagged above 90%", async () => {
    expect(await storageUse({ estimate: async () => ({ usage: 95, quota: 100 }) })).toEqual({ usage: 95, quota: 100, share: 0.95, nearlyFull: true });
    expect((await storageUse({ estimate: async () => ({ usage: 10, quota: 100 }) }))?.nearlyFull).toBe(false);
    expect(await storageUse({})).toBeUndefined();
  });

  test("a quota failure is recognised directly and inside Dexie's error wrapper", () => {
    const dom = Object.assign(new Error("full"), { name: "QuotaExceededError" });
    expect(isQuotaError(dom)).toBe(true);
    expect(isQuotaError(new Dexie.AbortError("aborted", dom))).toBe(true);
    expect(isQuotaError(new Error("other"))).toBe(false);
    expect(isQuotaError(undefined)).toBe(false);
  });

  test("sizes read in binary units", () => {
    expect([formatBytes(512), formatBytes(2048), formatBytes(5 * 1024 ** 2)]).toEqual(["512 B", "2.0 KB", "5.0 MB"]);
  });
});
