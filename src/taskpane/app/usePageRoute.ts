import { useCallback, useEffect, useState } from "react";
import { DEFAULT_PAGE, isPageKey, type PageKey } from "./pages";

function pageFromHash(): PageKey {
  const key = window.location.hash.replace(/^#\/?/, "");
  return isPageKey(key) ? key : DEFAULT_PAGE;
}

/** The shown page, kept in the URL's hash so a reload (or Office re-opening the pane) keeps it. */
export function usePageRoute(): [PageKey, (page: PageKey) => void] {
  const [page, setPage] = useState<PageKey>(pageFromHash);
  useEffect(() => {
    const onHashChange = () => setPage(pageFromHash());
    window.addEventListener("hashchange", onHashChange);
    return () => window.removeEventListener("hashchange", onHashChange);
  }, []);
  const go = useCallback((next: PageKey) => {
    window.location.hash = `/${next}`;
    setPage(next);
  }, []);
  return [page, go];
}
