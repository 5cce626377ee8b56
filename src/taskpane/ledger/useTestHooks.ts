import { useEffect } from "react";

/** Loads the browser-test seeding hooks (a separate chunk) only when the URL asks for them. */
export function useTestHooks(): void {
  useEffect(() => {
    if (!new URLSearchParams(window.location.search).has("testhooks")) return;
    void import(/* webpackChunkName: "test-hooks" */ "./testHooks").then((m) => m.installTestHooks());
  }, []);
}
