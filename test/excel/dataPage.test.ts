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

  test("renders every section in English and tells the user the workbook actions need Excel", () => {
    const html = render("en-US", false);
    for (const text of ["Import contracts and installments", "Reports into the workbook", "Sample workbook", "Backup and restore", "Ledger saved in the workbook", "Open Huikuan in Excel"]) {
      expect(html).toContain(text);
    }
  });

  test("renders in Chinese", () => {
    const html = render("zh-CN", true);
    for (const text of ["导入合同与分期", "写入工作簿的报表", "备份与恢复"]) expect(html).toContain(text);
    expect(html).not.toContain("请在 Excel 中打开回款");
  });
});
