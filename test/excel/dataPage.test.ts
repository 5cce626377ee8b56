import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createElement as h } from "react";
import { renderToString } from "react-dom/server";
import { HostContext } from "../../src/taskpane/app/HostContext";
import { SettingsProvider } from "../../src/taskpane/app/SettingsContext";
import { StringsProvider } from "../../src/taskpane/i18n/StringsContext";
import DataPage from "../../src/taskpane/pages/Data/DataPage";
import { LedgerDb } from "../../src/core/store/db";

/** The Data page's first render, outside Excel, in both languages (server rendering: no DOM needed). */
describe("the Data page", () => {
  const render = (language: "en-US" | "zh-CN", excel: boolean): string =>
    renderToString(
      h(FluentProvider, { theme: webLightTheme },
        h(StringsProvider, {
          language,
          children: h(HostContext.Provider, { value: { excel } },
            h(SettingsProvider, { db: new LedgerDb("data-page-render"), children: h(DataPage) })),
        })),
    );

  /** Whether the button labelled `label` in the rendered page is disabled. */
  const disabled = (html: string, label: string): boolean => {
    const button = [...html.matchAll(/<button[^>]*>(?:(?!<\/button>)[\s\S])*<\/button>/g)].map((m) => m[0]).find((b) => b.includes(label));
    if (!button) throw new Error(`no button ${label}`);
    return /\sdisabled=""/.test(button.slice(0, button.indexOf(">")));
  };

  test("renders every section in English; outside Excel the workbook actions are disabled, file import and backup are not", () => {
    const html = render("en-US", false);
    for (const text of ["Import contracts and installments", "Reports into the workbook", "Sample workbook", "Backup and restore", "Ledger saved in the workbook"]) {
      expect(html).toContain(text);
    }
    expect(disabled(html, "Use the selection")).toBe(true);
    expect(disabled(html, "Save the ledger into the workbook")).toBe(true);
    expect(disabled(html, "Download backup")).toBe(false);
    expect(disabled(render("en-US", true), "Use the selection")).toBe(false);
  });

  test("renders in Chinese", () => {
    const html = render("zh-CN", true);
    for (const text of ["导入合同与分期", "写入工作簿的报表", "备份与恢复"]) expect(html).toContain(text);
    expect(disabled(html, "使用选中区域")).toBe(false);
  });
});
