import { describeInBrowser, launchPane, type PaneSession, putRawSetting, waitForFunctions } from "./support/browser";

const NAV = ["Today", "Contracts", "Customers", "Reminders", "Dashboard", "Settings"];

describeInBrowser("task pane shell in a plain browser (no Excel)", () => {
  let pane: PaneSession;

  beforeAll(async () => {
    pane = await launchPane({ locale: "en-US" });
  });

  afterAll(async () => {
    await pane?.close();
  });

  test("the page registers the aging functions and renders the pane with its navigation", async () => {
    const page = await pane.open();
    const registered = await waitForFunctions(page, ["AGING", "AGEDAYS", "BUCKET"]);
    expect(registered).toEqual(expect.arrayContaining(["AGING", "AGEDAYS", "BUCKET"]));
    const nav = page.getByRole("navigation");
    for (const label of NAV) {
      await expect(nav.getByRole("tab", { name: label }).isVisible()).resolves.toBe(true);
    }
  });

  test("every page in the navigation opens (lazily) without an error, and the choice survives a reload", async () => {
    const page = await pane.open();
    for (const label of NAV) {
      await page.getByRole("tab", { name: label }).click();
      await expect(page.getByRole("tab", { name: label }).getAttribute("aria-selected")).resolves.toBe("true");
      await page.waitForLoadState("networkidle");
      expect(await page.getByText("Something went wrong").count()).toBe(0);
    }
    await page.reload();
    await page.getByRole("navigation").waitFor();
    await expect(page.getByRole("tab", { name: NAV[NAV.length - 1] }).getAttribute("aria-selected")).resolves.toBe("true");
    expect(pane.pageErrors).toEqual([]);
  });

  test("going to a page not visited yet keeps the current page until the next is ready: the tab is selected at once and no loading spinner flashes", async () => {
    const page = await pane.open("#/today");
    await page.getByTestId("today-page").waitFor();
    // Record every time the page-loading fallback shows in the content area while navigating.
    await page.evaluate(() => {
      const w = window as unknown as { fallbacks: number };
      w.fallbacks = 0;
      new MutationObserver(() => {
        if (document.querySelector("main")?.textContent?.includes("Loading…")) w.fallbacks++;
      }).observe(document.querySelector("main")!, { childList: true, subtree: true, characterData: true });
    });
    for (const label of ["Customers", "Contracts", "Dashboard", "Settings"]) {
      await page.getByRole("tab", { name: label }).click();
      expect(await page.getByRole("tab", { name: label }).getAttribute("aria-selected")).toBe("true");
      await page.waitForLoadState("networkidle");
    }
    await page.getByLabel("Aging bucket bounds (days)").waitFor();
    expect(await page.evaluate(() => (window as unknown as { fallbacks: number }).fallbacks)).toBe(0);
  });

  test("outside Excel the pane says that workbook actions need Excel", async () => {
    const page = await pane.open();
    const notice = page.getByTestId("no-excel");
    await notice.waitFor();
    expect(await notice.innerText()).toContain("need Excel");
  });

  test("office.js is loaded (from the routed CDN), nothing else remote is requested, and no page errors occur", async () => {
    const page = await pane.open();
    expect(await page.evaluate(() => typeof (window as { Office?: { onReady?: unknown } }).Office?.onReady)).toBe("function");
    expect(pane.blockedRequests).toEqual([]);
    expect(pane.pageErrors).toEqual([]);
  });

  test("aging bounds are checked as typed without losing the text, and a saved value survives a reload", async () => {
    const page = await pane.open("#/settings");
    const input = page.getByLabel("Aging bucket bounds (days)");
    await expect(input.inputValue()).resolves.toBe("30, 60, 90");

    await input.fill("45, 30");
    await page.getByText("increasing order").waitFor();
    expect(await input.inputValue()).toBe("45, 30");
    expect(await page.getByRole("button", { name: "Save" }).isDisabled()).toBe(true);

    await input.fill("15, 45, 120");
    await page.getByText("Buckets: Current · 1-15 · 16-45 · 46-120 · >120").waitFor();
    await page.getByRole("button", { name: "Save" }).click();
    await page.getByText("Saved.").waitFor();

    await page.reload();
    await page.getByRole("navigation").waitFor();
    await expect(page.getByLabel("Aging bucket bounds (days)").inputValue()).resolves.toBe("15, 45, 120");
  });

  test("choosing 中文 switches the whole pane to Chinese and stays after a reload", async () => {
    const page = await pane.open("#/settings");
    // click, not check: the choice shows once it is saved and read back from the ledger
    await page.getByRole("radio", { name: "中文（简体）" }).click();
    await page.getByRole("tab", { name: "设置" }).waitFor();
    await page.getByText("账龄区间上限（天）").waitFor();

    await page.reload();
    await page.getByRole("navigation").waitFor();
    await expect(page.getByRole("tab", { name: "合同" }).isVisible()).resolves.toBe(true);
    expect(await page.getByTestId("no-excel").innerText()).toContain("需要在 Excel 中进行");

    await page.getByRole("radio", { name: "English" }).click(); // back, for the next test
    await page.getByRole("tab", { name: "Settings" }).waitFor();
  });

  test("a corrupt stored setting is reported, replaced by its default, and the pane keeps working", async () => {
    const page = await pane.open("#/settings");
    await putRawSetting(page, "agingBounds", "ninety days, please");
    await page.reload();
    const notice = page.getByTestId("setting-reset-agingBounds");
    await notice.waitFor();
    expect(await notice.innerText()).toContain("“Aging buckets” was invalid and has been reset to its default");
    await expect(page.getByLabel("Aging bucket bounds (days)").inputValue()).resolves.toBe("30, 60, 90");

    // The default was written back: the next start has nothing to report.
    await page.reload();
    await page.getByLabel("Aging bucket bounds (days)").waitFor();
    expect(await page.getByTestId("setting-reset-agingBounds").count()).toBe(0);
  });
});
