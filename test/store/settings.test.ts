import { LedgerDb } from "../../src/core/store/db";
import {
  DEFAULT_SETTINGS, InvalidSettingError, invalidSettings, parseSetting, readSettings, resetSettings, saveSetting,
  settingsFromRecords,
} from "../../src/core/store/settings";

let db: LedgerDb;
let n = 0;

beforeEach(async () => {
  db = new LedgerDb(`settings-test-${++n}`);
  await db.open();
});

afterEach(async () => {
  await db.delete();
});

describe("reading settings", () => {
  test("an empty ledger gives the documented defaults, each reported as missing (not invalid)", async () => {
    const snap = await readSettings(db);
    expect(snap.values.agingBounds).toEqual([30, 60, 90]);
    expect(snap.values.language).toBe("auto");
    expect(snap.values.defaultCurrency).toEqual({ code: "CNY", digits: 2 });
    expect(snap.fallbacks.map((f) => f.reason)).toEqual(Object.keys(DEFAULT_SETTINGS).map(() => "missing"));
    expect(invalidSettings(snap)).toEqual([]);
  });

  test("a saved value is read back as saved, and only the unsaved keys fall back", async () => {
    await saveSetting(db, "agingBounds", [15, 45]);
    await saveSetting(db, "language", "zh-CN");
    const snap = await readSettings(db);
    expect(snap.values.agingBounds).toEqual([15, 45]);
    expect(snap.values.language).toBe("zh-CN");
    expect(snap.fallbacks.map((f) => f.key)).not.toContain("agingBounds");
    expect(snap.fallbacks.map((f) => f.key)).not.toContain("language");
  });

  test.each([
    ["agingBounds", "30,60,90"],
    ["agingBounds", [60, 30]],
    ["agingBounds", [30, 30]],
    ["agingBounds", [0, 30]],
    ["agingBounds", [30.5, 60]],
    ["agingBounds", []],
    ["agingBounds", [30, "60"]],
    ["language", "fr-FR"],
    ["language", null],
    ["dunningPolicy", [{ fromDays: 10, stage: "A" }, { fromDays: 5, stage: "B" }]],
    ["dunningPolicy", [{ fromDays: 1 }]],
    ["scorecardWeights", { paymentHistory: 1 }],
    ["scorecardWeights", { paymentHistory: 0.5, overdueShare: 0.5, utilisation: 0.5, relationship: 0, financialStrength: 0 }],
    ["defaultCurrency", { code: "yuan", digits: 2 }],
    ["defaultCurrency", { code: "JPY", digits: -1 }],
  ] as const)("a corrupt %s (%j) falls back to its default and is reported as invalid", async (key, value) => {
    await db.settings.put({ key, value });
    const snap = await readSettings(db);
    expect(snap.values[key]).toEqual(DEFAULT_SETTINGS[key]);
    expect(snap.fallbacks).toContainEqual({ key, reason: "invalid" });
    expect(invalidSettings(snap)).toEqual([key]);
  });

  test("one corrupt setting does not disturb the valid ones", async () => {
    await saveSetting(db, "language", "en-US");
    await db.settings.put({ key: "agingBounds", value: { not: "a list" } });
    const snap = await readSettings(db);
    expect(snap.values.language).toBe("en-US");
    expect(snap.values.agingBounds).toEqual([30, 60, 90]);
  });

  test("records of keys owned by other features are ignored", () => {
    const snap = settingsFromRecords([{ key: "backup.lastAt", value: "2026-01-01" }]);
    expect(invalidSettings(snap)).toEqual([]);
  });
});

describe("saving settings", () => {
  test("an invalid value is refused and the stored value stays as it was", async () => {
    await saveSetting(db, "agingBounds", [10, 20]);
    await expect(saveSetting(db, "agingBounds", [20, 10])).rejects.toBeInstanceOf(InvalidSettingError);
    expect((await readSettings(db)).values.agingBounds).toEqual([10, 20]);
  });

  test("reset writes the defaults over a corrupt value, which then reads as valid", async () => {
    await db.settings.put({ key: "agingBounds", value: "garbage" });
    await resetSettings(db, ["agingBounds"]);
    const snap = await readSettings(db);
    expect(snap.values.agingBounds).toEqual([30, 60, 90]);
    expect(snap.fallbacks.find((f) => f.key === "agingBounds")).toBeUndefined();
  });

  test("weights typed as percentages that add up to 1 within binary noise are accepted", () => {
    const w = { paymentHistory: 0.1 + 0.2, overdueShare: 0.25, utilisation: 0.15, relationship: 0.1, financialStrength: 0.2 };
    expect(parseSetting("scorecardWeights", w)).toEqual(w);
  });
});
