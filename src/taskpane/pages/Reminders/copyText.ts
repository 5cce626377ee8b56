/**
 * Copies text for the user. The async clipboard needs permission and a secure context, which an
 * Office pane does not always give; then the text in `fallback` is selected and copied the old
 * way, and if even that is refused it stays selected for Ctrl+C. Returns how it went.
 */
export async function copyText(text: string, fallback: HTMLTextAreaElement | null): Promise<"copied" | "selected"> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return "copied";
    }
  } catch {
    // fall through to the selection fallback
  }
  if (!fallback) return "selected";
  fallback.focus();
  fallback.select();
  try {
    return document.execCommand("copy") ? "copied" : "selected";
  } catch {
    return "selected";
  }
}
