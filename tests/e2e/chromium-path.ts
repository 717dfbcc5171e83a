// Which Chromium the end-to-end tests drive: CHROMIUM_PATH when set, else Debian's
// package (/usr/bin/chromium), else Playwright's own download when one is installed.
import { existsSync } from "node:fs";

const SYSTEM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

export function findSystemChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return SYSTEM_CANDIDATES.find((candidate) => existsSync(candidate));
}
