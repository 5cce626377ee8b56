import { rmSync } from "node:fs";
import { baseUrlFile } from "../support/paths";
import type { StaticServer } from "../support/staticServer";

export default async function globalTeardown(): Promise<void> {
  const g = globalThis as { __huikuanServer?: StaticServer };
  await g.__huikuanServer?.close();
  g.__huikuanServer = undefined;
  rmSync(baseUrlFile(process.pid), { force: true });
}
