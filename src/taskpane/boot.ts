/**
 * The task pane's start, evaluated after the functions entry (which has already registered the AR
 * functions). It waits for Office when there is one, then loads the React app as a separate chunk
 * so neither function registration nor the first paint waits for React and Fluent UI.
 */
import { detectHost } from "./excel/host";

async function boot(): Promise<void> {
  const root = document.getElementById("root");
  if (!root) return; // a page without the pane's markup (e.g. a functions-only host page)
  const host = await detectHost();
  const { mountApp } = await import(/* webpackChunkName: "app" */ "./app/mount");
  mountApp(root, host);
}

boot().catch((e: unknown) => {
  console.error("The Huikuan task pane failed to start", e);
  const root = document.getElementById("root");
  if (root) root.textContent = "Huikuan could not start. Reload the pane. / 回款管理无法启动，请重新加载任务窗格。";
});
