import { readFileSync } from "node:fs";
import { attr, findAll, MANIFEST_PATH, only, parseManifest, resources } from "./manifestXml";

import { DEV_ORIGIN, normalizeOrigin, rewriteManifestOrigin } from "../../scripts/manifest-origin.cjs";

const manifest = readFileSync(MANIFEST_PATH, "utf8");
const devUrlCount = manifest.split(DEV_ORIGIN).length - 1;

describe("production origin rewrite of manifest.xml", () => {
  test("every resource URL moves below the new folder, keeping its path, and the AppDomain becomes scheme + host", async () => {
    const out = rewriteManifestOrigin(manifest, "https://cdn.example.com/addins/huikuan/");
    expect(out).not.toContain("localhost");
    expect(out.split("https://cdn.example.com/addins/huikuan/").length - 1).toBe(devUrlCount);
    const root = await parseManifest(out);
    const res = resources(root);
    expect(attr(res.get("Taskpane.Url")!, "DefaultValue")).toBe("https://cdn.example.com/addins/huikuan/taskpane.html");
    expect(attr(res.get("Icon.16x16")!, "DefaultValue")).toBe("https://cdn.example.com/addins/huikuan/assets/icon-16.png");
    expect(findAll(only(root, "AppDomains"), "AppDomain").map((d) => d._?.trim())).toEqual(["https://cdn.example.com"]);
  });

  test("an origin without a trailing slash is taken as a folder", () => {
    expect(normalizeOrigin("https://example.com/huikuan")).toBe("https://example.com/huikuan/");
    expect(normalizeOrigin("https://example.com")).toBe("https://example.com/");
  });

  test.each([
    ["http://example.com/", "https"],
    ["example.com/huikuan/", "absolute URL"],
    ["https://example.com/huikuan/?v=1", "query"],
    ["https://user:pw@example.com/", "credentials"],
  ])("%s is refused (%s)", (origin, why) => {
    expect(() => rewriteManifestOrigin(manifest, origin)).toThrow(why);
  });

  test("an origin with XML-special characters stays well-formed and reads back unchanged", async () => {
    const origin = "https://example.com/a&b/";
    const out = rewriteManifestOrigin(manifest, origin);
    const res = resources(await parseManifest(out));
    expect(attr(res.get("Taskpane.Url")!, "DefaultValue")).toBe(`${origin}taskpane.html`);
  });

  test("rewriting to the development origin changes nothing", () => {
    expect(rewriteManifestOrigin(manifest, DEV_ORIGIN)).toBe(manifest);
  });
});
