import { startTransition, useCallback, useEffect, useState } from "react";
import { DEFAULT_PAGE, isPageKey, type PageKey } from "./pages";

function pageFromHash(): PageKey {
  const key = window.location.hash.replace(/^#\/?/, "");
  return isPageKey(key) ? key : DEFAULT_PAGE;
}

export interface PageRoute {
  /** The page shown: it changes once the next page's code has loaded. */
  readonly page: PageKey;
  /** The page asked for: the navigation shows it selected at once. */
  readonly target: PageKey;
  readonly go: (page: PageKey) => void;
}

/**
 * The shown page, kept in the URL's hash so a reload (or Office re-opening the pane) keeps it.
 * Changing page is a transition: the current page stays until the next one's lazily loaded code
 * has arrived, instead of a loading fallback, which React then keeps on screen for at least 300 ms
 * (measured: every first visit to a page took 330–400 ms, of which the code took 20–40).
 */
export function usePageRoute(): PageRoute {
  const [page, setPage] = useState<PageKey>(pageFromHash);
  const [target, setTarget] = useState<PageKey>(page);
  const show = useCallback((next: PageKey) => {
    setTarget(next);
    startTransition(() => setPage(next));
  }, []);
  useEffect(() => {
    const onHashChange = () => show(pageFromHash());
    window.addEventListener("hashchange", onHashChange);
    return () => window.removeEventListener("hashchange", onHashChange);
  }, [show]);
  const go = useCallback((next: PageKey) => {
    window.location.hash = `/${next}`;
    show(next);
  }, [show]);
  return { page, target, go };
}
