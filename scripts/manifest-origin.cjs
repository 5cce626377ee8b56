/**
 * Where the add-in is served from. manifest.xml is written for the development server
 * (https://localhost:3000/); a production build rewrites every such URL to the origin given at
 * build time so dist/ can be hosted anywhere. CommonJS so webpack.config.js and the tests share it.
 */
const DEV_ORIGIN = "https://localhost:3000/";
const DEV_HOST = "https://localhost:3000";

/** An absolute https URL ending in "/" (the folder dist/ is served from). Throws on anything else. */
function normalizeOrigin(origin) {
  let url;
  try {
    url = new URL(String(origin).trim());
  } catch {
    throw new Error(`Add-in origin "${origin}" is not an absolute URL (expected e.g. https://example.com/huikuan/).`);
  }
  // Office loads add-in pages, scripts and icons only over https.
  if (url.protocol !== "https:") throw new Error(`Add-in origin "${origin}" must use https.`);
  if (url.search || url.hash) throw new Error(`Add-in origin "${origin}" must not have a query or fragment.`);
  if (url.username || url.password) throw new Error(`Add-in origin "${origin}" must not carry credentials.`);
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url.href;
}

function escapeXml(text) {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * The manifest text with the development origin replaced by `origin`: resource URLs keep their
 * path below the new folder; an AppDomain (scheme and host only) becomes the new scheme and host.
 */
function rewriteManifestOrigin(manifestText, origin) {
  const base = normalizeOrigin(origin);
  const host = new URL(base).origin;
  const text = manifestText.split(DEV_ORIGIN).join(escapeXml(base)).split(DEV_HOST).join(escapeXml(host));
  if (host !== DEV_HOST && text.includes("localhost:3000")) throw new Error("manifest still refers to localhost:3000 after the rewrite");
  return text;
}

module.exports = { DEV_ORIGIN, normalizeOrigin, rewriteManifestOrigin };
