import { existsSync, writeFileSync } from "node:fs";
import { ensureBuild } from "../support/build";
import { BASE_URL_ENV, baseUrlFile, CHROMIUM, DIST } from "../support/paths";
import { startStaticServer, type StaticServer } from "../support/staticServer";

/**
 * Before the browser tests: make sure dist/ holds a current production build, then serve it on a
 * free 127.0.0.1 port. The URL goes to the test workers through the environment (they are
 * started after this) and a temp file; globalTeardown stops the server.
 */
export default async function globalSetup(): Promise<void> {
  if (!existsSync(CHROMIUM) && process.env.CI !== "true") return; // the tests skip, loudly, on their own
  ensureBuild();
  const server = await startStaticServer(DIST);
  (globalThis as { __huikuanServer?: StaticServer }).__huikuanServer = server;
  process.env[BASE_URL_ENV] = server.url;
  writeFileSync(baseUrlFile(process.pid), server.url);
}
