import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { DUNNING_STAGE_LABELS } from "../../src/core/export/strings";
import { WORDING } from "../../src/core/letters/wording";
import { strings as reminders } from "../../src/taskpane/pages/Reminders/strings";
import { strings as settings } from "../../src/taskpane/pages/Settings/strings";
import { strings as today } from "../../src/taskpane/pages/Today/strings";
import { zhCN } from "../../src/taskpane/i18n/zh-CN";

/** One Chinese word for one thing across the pane, the report and the letters. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? filesUnder(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

describe("Chinese terms are the same wherever they appear", () => {
  test("the Dashboard is 仪表盘 everywhere, as its tab says, never 仪表板", () => {
    expect(zhCN["nav.dashboard"]).toBe("仪表盘");
    const root = path.join(__dirname, "../../src");
    const using = filesUnder(root).filter((f) => readFileSync(f, "utf8").includes("仪表板")).map((f) => path.relative(root, f));
    expect(using).toEqual([]);
    expect(settings.zh.currencyHint).toContain("仪表盘");
  });

  test("the Final demand stage is 最后催告 on Today, in Settings, in the report, in Reminders and in the letter", () => {
    const name = today.zh["stage.Final demand"];
    expect(name).toBe("最后催告");
    expect(settings.zh["stage.Final demand"]).toBe(name);
    expect(DUNNING_STAGE_LABELS.zh["Final demand"]).toBe(name);
    expect(reminders.zh["stage.finalDemand"]).toBe(name);
    const ctx = { contractCode: "HT-1" } as Parameters<(typeof WORDING)["zh"]["finalDemand"]["subject"]>[0];
    expect(WORDING.zh.finalDemand.subject(ctx)).toContain(name);
  });
});
