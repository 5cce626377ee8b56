import { startTransition, useCallback, useEffect, useRef, useState } from "react";
import { useUnsavedEditsGuard } from "../forms/unsavedGuard";
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
  /** Goes to `page`; when a form of the current page holds unsaved edits, only if the analyst discards them. */
  readonly go: (page: PageKey) => void;
}

/**
 * The shown page, kept in the URL's hash so a reload (or Office re-opening the pane) keeps it.
 * Changing page is a transition: the current page stays until the next one's lazily loaded code
 * has arrived, instead of a loading fallback, which React then keeps on screen for at least 300 ms
 * (measured: every first visit to a page took 330–400 ms, of which the code took 20–40).
 *
 * Leaving a page unmounts its forms: while one holds unsaved edits (forms/unsavedGuard), a tab, a
 * link to "#/page" or the browser's Back first asks, and the page stays unless they are discarded.
 */
export function usePageRoute(): PageRoute {
  const { hasUnsavedEdits, confirmDiscard } = useUnsavedEditsGuard();
  const [page, setPage] = useState<PageKey>(pageFromHash);
  const [target, setTarget] = useState<PageKey>(page);
  const targetRef = useRef(target);
  const show = useCallback((next: PageKey) => {
    targetRef.current = next;
    setTarget(next);
    startTransition(() => setPage(next));
  }, []);
  const navigate = useCallback((next: PageKey) => {
    window.location.hash = `/${next}`;
    show(next);
  }, [show]);
  useEffect(() => {
    const onHashChange = () => {
      const next = pageFromHash();
      if (next !== targetRef.current && hasUnsavedEdits()) {
        // The hash already says the next page: put back the current one, then ask. (location.replace:
        // office.js removes history.replaceState; the hashchange this makes is for the page shown.)
        window.location.replace(`#/${targetRef.current}`);
        confirmDiscard(() => navigate(next));
      } else show(next);
    };
    window.addEventListener("hashchange", onHashChange);
    return () => window.removeEventListener("hashchange", onHashChange);
  }, [show, navigate, hasUnsavedEdits, confirmDiscard]);
  const go = useCallback((next: PageKey) => confirmDiscard(() => navigate(next)), [confirmDiscard, navigate]);
  return { page, target, go };
}
